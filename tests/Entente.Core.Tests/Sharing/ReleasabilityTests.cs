using Entente.Core.Identifiers;
using Entente.Core.Sharing;

namespace Entente.Core.Tests.Sharing;

public sealed class ReleasabilityTests
{
    [Theory]
    [InlineData("UK+FR")]
    [InlineData("UK")]
    [InlineData("FR")]
    [InlineData("ORIGINATOR")]
    [InlineData("UK+fr-liaison")]
    [InlineData("fr-cross-gris-nez+uk-hmcg")]
    public void Parse_CanonicalLabels_RoundTrip(string label) =>
        Assert.Equal(label, Releasability.Parse(label).Label);

    [Fact]
    public void Parse_EquivalentLabels_AreEqualWithOneCanonicalForm()
    {
        var a = Releasability.Parse("FR+UK+uk-hmcg+fr-liaison");
        var b = Releasability.Parse("UK+fr-liaison+FR+uk-hmcg+uk-hmcg");
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal("UK+FR+fr-liaison+uk-hmcg", a.Label);
        Assert.Equal(Releasability.UkAndFr, Releasability.Parse("FR+UK"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("GB")]
    [InlineData("UK+")]
    [InlineData("uk+fr")]
    [InlineData("UK;FR")]
    public void TryParse_BadLabels_FailWithAReason(string label)
    {
        Assert.False(Releasability.TryParse(label, out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.Throws<FormatException>(() => Releasability.Parse(label));
    }

    [Fact]
    public void Includes_NationsAndNamedAgencies()
    {
        Assert.True(Releasability.UkAndFr.Includes(Agencies.CrossGrisNez));
        Assert.True(Releasability.UkOnly.Includes(Agencies.UkBorderForce));
        Assert.False(Releasability.UkOnly.Includes(Agencies.GendarmeriePaf));
        Assert.False(Releasability.FrOnly.Includes(Agencies.HmCoastguard));
        Assert.False(Releasability.OriginatorOnly.Includes(Agencies.HmCoastguard));
        var ukPlusFrenchLiaison = Releasability.Parse("UK+fr-liaison");
        Assert.True(ukPlusFrenchLiaison.Includes(Agencies.FrLiaison));
        Assert.False(ukPlusFrenchLiaison.Includes(Agencies.CrossGrisNez));
    }

    [Fact]
    public void Provenance_OriginatorAlwaysSeesItsOwnObject()
    {
        var note = new Provenance(Agencies.UkBorderForce.Id, Releasability.OriginatorOnly);
        Assert.True(note.IsReleasableTo(Agencies.UkBorderForce));
        Assert.False(note.IsReleasableTo(Agencies.HmCoastguard));
        Assert.False(note.IsReleasableTo(Agencies.CrossGrisNez));
    }

    [Fact]
    public void Agencies_AreSevenWithUniqueIdsAcrossBothNations()
    {
        Assert.Equal(7, Agencies.All.Count);
        Assert.Equal(7, Agencies.All.Select(a => a.Id).Distinct().Count());
        Assert.Equal(3, Agencies.All.Count(a => a.Nation == Nations.UnitedKingdom));
        Assert.Equal(4, Agencies.All.Count(a => a.Nation == Nations.France));
        Assert.Same(Agencies.CrossGrisNez, Agencies.Find(AgencyId.Parse("fr-cross-gris-nez")));
        Assert.Null(Agencies.Find(AgencyId.Parse("nobody")));
    }

    [Fact]
    public void Agency_MustBelongToExactlyOneNation() =>
        Assert.Throws<ArgumentException>(() => new Agency(AgencyId.Parse("x"), Nations.Both, "Both"));
}
