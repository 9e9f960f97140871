using Entente.Core.Identifiers;

namespace Entente.Core.Tests.Identifiers;

public sealed class MmsiTests
{
    [Theory]
    [InlineData("235009802", 235009802, MmsiKind.Ship, 235)]
    [InlineData("227006760", 227006760, MmsiKind.Ship, 227)]
    [InlineData("002320004", 2320004, MmsiKind.CoastStation, 232)]
    [InlineData("023200000", 23200000, MmsiKind.GroupOfShips, 232)]
    [InlineData("111232001", 111232001, MmsiKind.SarAircraft, 232)]
    [InlineData("992351234", 992351234, MmsiKind.AidToNavigation, 235)]
    [InlineData("970123456", 970123456, MmsiKind.SearchAndRescueTransmitter, null)]
    [InlineData("972123456", 972123456, MmsiKind.ManOverboard, null)]
    [InlineData("974123456", 974123456, MmsiKind.Epirb, null)]
    public void Parse_ValidNineDigits_GivesValueKindAndMid(string text, int value, MmsiKind kind, int? mid)
    {
        var mmsi = Mmsi.Parse(text);
        Assert.Equal(value, mmsi.Value);
        Assert.Equal(kind, mmsi.Kind);
        Assert.Equal(mid, mmsi.MaritimeIdentificationDigits);
        Assert.Equal(text, mmsi.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("23500980")]
    [InlineData("2350098020")]
    [InlineData("000000000")]
    [InlineData("23500980a")]
    [InlineData(" 23500980")]
    [InlineData("-23500980")]
    [InlineData("２３５００９８０２")]
    public void TryParse_NotNineAsciiDigitsOrZero_Fails(string text)
    {
        Assert.False(Mmsi.TryParse(text, out var mmsi));
        Assert.Equal(default, mmsi);
        Assert.Throws<FormatException>(() => Mmsi.Parse(text));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1_000_000_000)]
    [InlineData(int.MaxValue)]
    public void FromInt32_OutOfRange_Throws(int value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Mmsi.FromInt32(value));

    [Fact]
    public void Comparison_OrdersByValue()
    {
        var a = Mmsi.FromInt32(1);
        var b = Mmsi.FromInt32(235009802);
        var c = Mmsi.FromInt32(1);
        Assert.True(a < b && b > a && a <= c && a >= c && !(a > c));
        Assert.Equal(a, Mmsi.Parse("000000001"));
    }
}
