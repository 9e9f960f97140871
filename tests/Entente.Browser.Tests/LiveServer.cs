namespace Entente.Browser.Tests;

/// <summary>The real server with its built-in simulated night at the default speed.</summary>
public sealed class LiveServer : ServerFixture;
