using Entente.Core.Identifiers;
using Entente.Core.Sharing;

namespace Entente.Core.Tests.Sharing;

/// <summary>Widening a provenance by another's: the rule for a product fused from several sources.</summary>
public sealed class ProvenanceWideningTests
{
    private static readonly Provenance BeachSensor = new(Agencies.GendarmeriePaf.Id, Releasability.Parse("FR+uk-liaison"));
    private static readonly Provenance UkRadar = new(Agencies.HmCoastguard.Id, Releasability.UkAndFr);

    [Fact]
    public void Widening_KeepsTheOriginator_AndUnitesTheLabels()
    {
        var widened = BeachSensor.WidenedBy(new Provenance(Agencies.UkBorderForce.Id, Releasability.Parse("UK+fr-cross-gris-nez")));

        Assert.Equal(Agencies.GendarmeriePaf.Id, widened.OriginatingAgency);
        Assert.Equal("UK+FR", widened.Releasability.Label);
        Assert.All(Agencies.All, a => Assert.True(widened.IsReleasableTo(a)));
    }

    [Fact]
    public void Widening_ByAnotherOriginatorsOwnOnlyRecord_NamesThatOriginator()
    {
        var ukOnly = new Provenance(Agencies.HmCoastguard.Id, Releasability.UkOnly);
        var widened = ukOnly.WidenedBy(new Provenance(Agencies.GendarmeriePaf.Id, Releasability.OriginatorOnly));

        Assert.Equal("UK+fr-gendarmerie-paf", widened.Releasability.Label);
        Assert.True(widened.IsReleasableTo(Agencies.GendarmeriePaf));
        Assert.False(widened.IsReleasableTo(Agencies.CrossGrisNez));
    }

    [Fact]
    public void Widening_ThatAddsNothing_ReturnsTheSameInstance()
    {
        Assert.Same(UkRadar, UkRadar.WidenedBy(UkRadar));
        Assert.Same(UkRadar, UkRadar.WidenedBy(BeachSensor));
        Assert.Same(UkRadar, UkRadar.WidenedBy(new Provenance(Agencies.CrossGrisNez.Id, Releasability.FrOnly)));
        Assert.NotSame(BeachSensor, BeachSensor.WidenedBy(UkRadar));
    }

    [Fact]
    public void Widen_OfLabels_IsTheUnion()
    {
        var label = Releasability.Parse("FR+uk-liaison").Widen(Releasability.Parse("ORIGINATOR"), AgencyId.Parse("uk-hmcg"));

        Assert.Equal("FR+uk-hmcg+uk-liaison", label.Label);
        Assert.Same(Releasability.UkAndFr, Releasability.UkAndFr.Widen(Releasability.Parse("FR+uk-liaison"), AgencyId.Parse("fr-premar")));
    }
}
