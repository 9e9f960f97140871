using Entente.Core.Identifiers;

namespace Entente.Core.Tests.Identifiers;

public sealed class IdentifierTests
{
    [Theory]
    [InlineData("radar-gris-nez")]
    [InlineData("a")]
    [InlineData("uk.hmcg_2")]
    public void SensorAndAgencyIds_ValidCodes_RoundTrip(string code)
    {
        Assert.Equal(code, SensorId.Parse(code).ToString());
        Assert.Equal(code, AgencyId.Parse(code).Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Radar")]
    [InlineData("-radar")]
    [InlineData("radar-")]
    [InlineData("radar gris")]
    [InlineData("radar/1")]
    [InlineData("ра́дар")]
    public void SensorAndAgencyIds_InvalidCodes_AreRejected(string? code)
    {
        Assert.False(SensorId.TryParse(code, out _));
        Assert.False(AgencyId.TryParse(code, out _));
    }

    [Fact]
    public void SensorId_TooLong_IsRejectedWithAClearMessage()
    {
        var ex = Assert.Throws<FormatException>(() => SensorId.Parse(new string('a', 65)));
        Assert.Contains("1 to 64", ex.Message, StringComparison.Ordinal);
        Assert.Equal(64, SensorId.Parse(new string('a', 64)).Code.Length);
    }

    [Fact]
    public void TrackAndIncidentIds_FormatAndValidate()
    {
        Assert.Equal("T42", TrackId.FromInt64(42).ToString());
        Assert.Equal("INC-00042", IncidentId.FromInt64(42).ToString());
        Assert.Equal("INC-123456", IncidentId.FromInt64(123456).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => TrackId.FromInt64(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => IncidentId.FromInt64(-5));
        Assert.True(TrackId.FromInt64(2) > TrackId.FromInt64(1));
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(42L)]
    [InlineData(99999L)]
    [InlineData(123456L)]
    [InlineData(long.MaxValue)]
    public void IncidentId_Parse_ReadsWhatToStringWrites(long value)
    {
        var id = IncidentId.FromInt64(value);
        Assert.Equal(id, IncidentId.Parse(id.ToString()));
        Assert.True(IncidentId.TryParse(id.ToString(), out var parsed));
        Assert.Equal(value, parsed.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("INC-")]
    [InlineData("INC-00000")]
    [InlineData("INC-42")]
    [InlineData("INC-012345")]
    [InlineData("inc-00042")]
    [InlineData("INC 00042")]
    [InlineData("INC-0004a")]
    [InlineData("INC--0042")]
    [InlineData("INC-+0042")]
    [InlineData(" INC-00042")]
    [InlineData("INC-00042 ")]
    [InlineData("INC-٠٠٠٤٢")]
    [InlineData("INC-9223372036854775808")]
    public void IncidentId_TryParse_RefusesAnythingElse(string? text)
    {
        Assert.False(IncidentId.TryParse(text, out var id));
        Assert.Equal(default, id);
    }

    [Fact]
    public void IncidentId_Parse_InvalidText_ThrowsFormatExceptionSayingWhatIsExpected()
    {
        var ex = Assert.Throws<FormatException>(() => IncidentId.Parse("INC-7"));
        Assert.Contains("INC-00042", ex.Message, StringComparison.Ordinal);
    }
}
