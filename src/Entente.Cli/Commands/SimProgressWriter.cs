using System.Globalization;

namespace Entente.Cli.Commands;

/// <summary>
/// Shows how far <c>sim run</c> has got on standard error: a bar redrawn in place on a terminal, otherwise a line at
/// every tenth, so that logs stay short.
/// </summary>
internal sealed class SimProgressWriter(TextWriter error, bool terminal, Func<DateTimeOffset> simulatedTime, string verb = "simulated") : IProgress<double>
{
    private const int BarWidth = 30;
    private int _lastTenth;
    private bool _drawn;

    public void Report(double value)
    {
        var share = Math.Clamp(value, 0, 1);
        var time = simulatedTime().ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);
        if (terminal)
        {
            var filled = (int)Math.Round(share * BarWidth);
            error.Write(string.Create(CultureInfo.InvariantCulture, $"\r[{new string('#', filled)}{new string('.', BarWidth - filled)}] {share * 100,3:0}%  {time}"));
            error.Flush();
            _drawn = true;
            return;
        }

        var tenth = (int)Math.Floor(share * 10);
        if (tenth > _lastTenth)
        {
            _lastTenth = tenth;
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"entente: {tenth * 10}% {verb} ({time})"));
        }
    }

    /// <summary>Ends the bar's line, so that what follows starts on a new one.</summary>
    public void Finish()
    {
        if (_drawn)
        {
            error.WriteLine();
            _drawn = false;
        }
    }
}
