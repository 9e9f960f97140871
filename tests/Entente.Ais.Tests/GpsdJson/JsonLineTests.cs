using System.Globalization;
using Entente.Ais.GpsdJson;

namespace Entente.Ais.Tests.GpsdJson;

public sealed class JsonLineTests
{
    private static string One(Action<JsonLine> write)
    {
        var line = new JsonLine();
        line.Begin();
        write(line);
        line.End();
        return line.ToString();
    }

    [Theory]
    [InlineData(-123.395383, 6, "-123.395383")]
    [InlineData(0.0, 6, "0.000000")]
    [InlineData(-0.0000001, 6, "-0.000000")]
    [InlineData(12.3, 1, "12.3")]
    [InlineData(0.125, 2, "0.12")]
    [InlineData(0.375, 2, "0.38")]
    [InlineData(0.015, 2, "0.01")]
    [InlineData(181.0, 6, "181.000000")]
    [InlineData(4294966.3, 1, "4294966.3")]
    [InlineData(1e20, 1, "100000000000000000000.0")]
    public void Fixed_MatchesCsPrintf(double value, int decimals, string expected) =>
        Assert.Equal("{\"v\":" + expected + "}", One(l => l.Fixed("v", value, decimals)));

    [Fact]
    public void Fixed_AgreesWithExactFormatting_ForManyValues()
    {
        var random = new Random(7);
        for (var i = 0; i < 20_000; i++)
        {
            var value = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(0, 9));
            var decimals = random.Next(0, 8);
            Assert.Equal("{\"v\":" + value.ToString("F" + decimals, CultureInfo.InvariantCulture) + "}", One(l => l.Fixed("v", value, decimals)));
        }
    }

    [Theory]
    [InlineData(0L, "0")]
    [InlineData(-1L, "-1")]
    [InlineData(long.MinValue, "-9223372036854775808")]
    [InlineData(long.MaxValue, "9223372036854775807")]
    public void Number_WritesIntegers(long value, string expected) =>
        Assert.Equal("{\"v\":" + expected + "}", One(l => l.Number("v", value)));

    [Theory]
    [InlineData("PLEASE REPORT", "\"PLEASE REPORT\"")]
    [InlineData("A\"B", "\"A\\\"B\"")]
    [InlineData("A\\B", "\"A\\\\B\"")]
    [InlineData("A\u0001B", "\"A\\u0001B\"")]
    [InlineData("é", "\"\\u00e9\"")]
    public void Text_EscapesAsGpsd(string value, string expected) =>
        Assert.Equal("{\"v\":" + expected + "}", One(l => l.Text("v", value)));
}
