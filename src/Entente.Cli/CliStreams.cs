namespace Entente.Cli;

/// <summary>
/// The byte streams behind standard input and output, for commands that move bulk data (e.g. AIS decoding) without
/// going through a <see cref="TextWriter"/> line by line.
/// </summary>
/// <param name="OpenInput">Opens standard input.</param>
/// <param name="OpenOutput">Opens standard output; null when output must go through the invocation's text writer.</param>
internal sealed record CliStreams(Func<Stream> OpenInput, Func<Stream>? OpenOutput)
{
    /// <summary>The process's standard streams.</summary>
    public static CliStreams Standard { get; } = new(Console.OpenStandardInput, Console.OpenStandardOutput);

    /// <summary>Standard input, with output through the text writer given to the command line.</summary>
    public static CliStreams TextOutput { get; } = new(Console.OpenStandardInput, null);
}
