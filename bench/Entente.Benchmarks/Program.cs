using System.Globalization;
using BenchmarkDotNet.Running;
using Entente.Benchmarks.Tracking;

// Console modes that check what the benchmarks measure (accuracy beside the timings); everything else is BenchmarkDotNet.
switch (args.FirstOrDefault())
{
    case "busy-night-gospa":
        BusyNightAccuracy.Run(Console.Out);
        break;
    case "scaling-gospa":
        ScalingAccuracy.Run(Console.Out, args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 1);
        break;
    case "scaling-repeats":
        ScalingRepeats.Run(Console.Out, [.. args[2..].Select(int.Parse)], int.Parse(args[1], CultureInfo.InvariantCulture));
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        break;
}
