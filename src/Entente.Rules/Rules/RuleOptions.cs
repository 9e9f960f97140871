namespace Entente.Rules.Rules;

/// <summary>Checks shared by the rules' options.</summary>
internal static class RuleOptions
{
    public static void Positive(double value, string name)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be a finite, positive number.");
        }
    }

    public static void Positive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be a positive time.");
        }
    }
}
