using Entente.Storage.Events;

namespace Entente.Storage.Tests;

public sealed class NewEventTests
{
    private static readonly DateTimeOffset Night = new(2021, 11, 24, 1, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Constructor_ValidInput_KeepsEveryFieldAndAllowsAnEmptyReason()
    {
        var e = new NewEvent("AlertRaised", Night, "rule:small-boat", "CROSS Gris-Nez", "", """{ "k" : 1 }""");
        Assert.Equal(("AlertRaised", Night, "rule:small-boat", "CROSS Gris-Nez", "", """{ "k" : 1 }"""),
            (e.Type, e.Time, e.Actor, e.Centre, e.Reason, e.PayloadJson));
    }

    [Fact]
    public void Constructor_SubMicrosecondTime_IsTruncatedToTheMicrosecond()
    {
        var e = new NewEvent("AlertRaised", Night.AddTicks(19), "a", "c", "", "{}");
        Assert.Equal(Night.AddTicks(10), e.Time);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("a\0b")]
    public void Constructor_BadType_Throws(string? type) =>
        Assert.ThrowsAny<ArgumentException>(() => new NewEvent(type!, Night, "a", "c", "", "{}"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\t")]
    public void Constructor_BlankActorOrCentre_Throws(string? value)
    {
        Assert.ThrowsAny<ArgumentException>(() => new NewEvent("t", Night, value!, "c", "", "{}"));
        Assert.ThrowsAny<ArgumentException>(() => new NewEvent("t", Night, "a", value!, "", "{}"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("nul \0 inside")]
    public void Constructor_BadReason_Throws(string? reason) =>
        Assert.ThrowsAny<ArgumentException>(() => new NewEvent("t", Night, "a", "c", reason!, "{}"));

    [Fact]
    public void Constructor_UnpairedSurrogate_Throws()
    {
        // Built in code: an attribute argument cannot carry an unpaired surrogate intact.
        var lone = "lone " + (char)0xD83D + " surrogate";
        Assert.ThrowsAny<ArgumentException>(() => new NewEvent("t", Night, "a", "c", lone, "{}"));
        Assert.ThrowsAny<ArgumentException>(() => new NewEvent("t", Night, "a", "c", "", "{\"k\":\"" + lone + "\"}"));
        Assert.Equal("🚁", new NewEvent("t", Night, "a", "c", "🚁", "{}").Reason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"a\":")]
    [InlineData("[]")]
    [InlineData("[{\"a\":1}]")]
    [InlineData("\"text\"")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("{} {}")]
    public void Constructor_PayloadNotAJsonObject_Throws(string? payload)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => new NewEvent("t", Night, "a", "c", "", payload!));
        Assert.Equal("PayloadJson", ex.ParamName);
    }

    [Fact]
    public void Constructor_TimeNotUtc_Throws() =>
        Assert.Throws<ArgumentException>(() => new NewEvent("t", new DateTimeOffset(2021, 11, 24, 2, 30, 0, TimeSpan.FromHours(1)), "a", "c", "", "{}"));
}
