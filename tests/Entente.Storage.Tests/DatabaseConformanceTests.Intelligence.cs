using Entente.Core.Identity;
using Entente.Core.Sharing;
using Entente.Storage.Intelligence;

namespace Entente.Storage.Tests;

/// <summary>Intelligence notes on every engine: readable only where their label allows, relabelled only by their originator.</summary>
public abstract partial class DatabaseConformanceTests
{
    [Fact]
    public async Task Intelligence_AddThenRead_RoundTripsEveryFieldForTheOriginator()
    {
        await using var db = await MigratedAsync();
        var ct = TestContext.Current.CancellationToken;
        var note = Note(Agencies.UkBorderForce, Releasability.OriginatorOnly) with { Tracks = [42, 7, 42], Incidents = ["INC-00003"] };

        var stored = await db.Intelligence.AddAsync(note, ct);

        Assert.Equal([7L, 42L], stored.Tracks);
        Assert.Equal(stored, await db.Intelligence.GetAsync(Agencies.UkBorderForce, stored.Id, ct));
        Assert.Equal([stored], await db.Intelligence.QueryAsync(Agencies.UkBorderForce, 42, null, null, 10, ct));
        Assert.Equal([stored], await db.Intelligence.QueryAsync(Agencies.UkBorderForce, null, "INC-00003", null, 10, ct));
        Assert.Empty(await db.Intelligence.QueryAsync(Agencies.UkBorderForce, 8, null, null, 10, ct));
    }

    [Fact]
    public async Task Intelligence_QueryBySubject_ReturnsOnlyThatSubject_StillWithinTheLabel()
    {
        await using var db = await MigratedAsync();
        var ct = TestContext.Current.CancellationToken;
        var engines = await db.Intelligence.AddAsync(Note(Agencies.HmCoastguard, Releasability.UkAndFr), ct);
        var boats = await db.Intelligence.AddAsync(Note(Agencies.HmCoastguard, Releasability.UkAndFr, IntelligenceSubject.BoatSupply), ct);
        var hidden = await db.Intelligence.AddAsync(Note(Agencies.HmCoastguard, Releasability.UkOnly, IntelligenceSubject.BoatSupply), ct);

        Assert.Equal([engines], await db.Intelligence.QueryAsync(Agencies.CrossGrisNez, null, null, IntelligenceSubject.EngineSupply, 10, ct));
        Assert.Equal([boats], await db.Intelligence.QueryAsync(Agencies.CrossGrisNez, null, null, IntelligenceSubject.BoatSupply, 10, ct));
        Assert.Equal([hidden, boats], await db.Intelligence.QueryAsync(Agencies.UkBorderForce, null, null, IntelligenceSubject.BoatSupply, 10, ct));
        Assert.Empty(await db.Intelligence.QueryAsync(Agencies.HmCoastguard, null, null, IntelligenceSubject.SmugglingNetwork, 10, ct));
    }

    [Fact]
    public async Task Intelligence_OriginatorOnlyNote_IsInvisibleToEveryOtherAgencyEvenOfItsNation()
    {
        await using var db = await MigratedAsync();
        var ct = TestContext.Current.CancellationToken;
        var stored = await db.Intelligence.AddAsync(Note(Agencies.UkBorderForce, Releasability.OriginatorOnly), ct);

        foreach (var other in Agencies.All.Where(a => a != Agencies.UkBorderForce))
        {
            Assert.Null(await db.Intelligence.GetAsync(other, stored.Id, ct));
            Assert.Empty(await db.Intelligence.QueryAsync(other, null, null, null, 10, ct));
        }
    }

    [Fact]
    public async Task Intelligence_Relabel_OnlyByTheOriginator_AuditedInTheSameTransaction()
    {
        await using var db = await MigratedAsync();
        var ct = TestContext.Current.CancellationToken;
        var stored = await db.Intelligence.AddAsync(Note(Agencies.GendarmeriePaf, Releasability.Parse("FR+uk-liaison")), ct);
        var officer = UserName.Parse("fr.officer");

        Assert.Equal(RelabelOutcome.NotFound, await db.Intelligence.RelabelAsync(officer, Agencies.HmCoastguard, stored.Id, Releasability.UkAndFr, Night, ct));
        Assert.Equal(RelabelOutcome.NotOriginator, await db.Intelligence.RelabelAsync(officer, Agencies.UkLiaison, stored.Id, Releasability.UkAndFr, Night, ct));
        Assert.Equal(RelabelOutcome.NotOriginator, await db.Intelligence.RelabelAsync(officer, Agencies.CrossGrisNez, stored.Id, Releasability.UkAndFr, Night, ct));
        Assert.Empty(await db.Audit.ReadAsync(0, 10, ct));

        Assert.Equal(RelabelOutcome.Changed, await db.Intelligence.RelabelAsync(officer, Agencies.GendarmeriePaf, stored.Id, Releasability.UkAndFr, Night, ct));

        Assert.NotNull(await db.Intelligence.GetAsync(Agencies.HmCoastguard, stored.Id, ct));
        var entry = Assert.Single(await db.Audit.ReadAsync(0, 10, ct));
        Assert.Equal(("fr.officer", "fr-gendarmerie-paf", "label.change", $"intelligence-note {stored.Id}", "FR+uk-liaison -> UK+FR"),
            (entry.Actor, entry.Agency, entry.Action, entry.Target, entry.Detail));

        Assert.Equal(RelabelOutcome.Changed, await db.Intelligence.RelabelAsync(officer, Agencies.GendarmeriePaf, stored.Id, Releasability.OriginatorOnly, Night, ct));
        Assert.Null(await db.Intelligence.GetAsync(Agencies.UkLiaison, stored.Id, ct));
        Assert.True((await db.Audit.VerifyAsync(ct)).Intact);
    }

    [Fact]
    public async Task Intelligence_RandomNotesAndLabels_EveryQueryReturnsExactlyWhatEachAgencyMaySee()
    {
        // Property: for random originators and labels, what the store returns to an agency is exactly the notes whose
        // provenance releases them to it: nothing more (a leak), nothing less.
        await using var db = await MigratedAsync();
        var ct = TestContext.Current.CancellationToken;
        var random = new Random(20211124);
        var notes = new List<IntelligenceNote>();
        for (var i = 0; i < 300; i++)
        {
            var origin = Agencies.All[random.Next(Agencies.All.Count)];
            var label = Releasability.To((Nations)random.Next(4), Agencies.All.Where(_ => random.Next(5) == 0).Select(a => a.Id));
            notes.Add(await db.Intelligence.AddAsync(Note(origin, label) with { Tracks = [random.Next(20)] }, ct));
        }

        var checks = 0;
        foreach (var reader in Agencies.All)
        {
            var expected = notes.Where(n => n.Provenance.IsReleasableTo(reader)).Select(n => n.Id).ToHashSet();
            var seen = (await db.Intelligence.QueryAsync(reader, null, null, null, 1_000, ct)).Select(n => n.Id).ToHashSet();
            Assert.Equal(expected.Order(), seen.Order());
            checks += notes.Count;
            for (var track = 0; track < 20; track++)
            {
                var onTrack = (await db.Intelligence.QueryAsync(reader, track, null, null, 1_000, ct)).ToList();
                Assert.All(onTrack, n => Assert.True(n.Provenance.IsReleasableTo(reader) && n.Tracks.Contains(track)));
                Assert.Equal(notes.Count(n => expected.Contains(n.Id) && n.Tracks.Contains(track)), onTrack.Count);
                checks += onTrack.Count;
            }

            foreach (var note in notes.Take(60))
            {
                Assert.Equal(expected.Contains(note.Id), await db.Intelligence.GetAsync(reader, note.Id, ct) is not null);
                checks++;
            }
        }

        Assert.True(checks >= 2_500, $"{checks} checks");
    }

    private static NewIntelligenceNote Note(Agency origin, Releasability label, IntelligenceSubject subject = IntelligenceSubject.EngineSupply) =>
        new(Night, UserName.Parse("analyst.one"), new Provenance(origin.Id, label), subject,
            "Engines bought in bulk", "Forty 40 hp outboards delivered to a warehouse near Dunkirk.");
}
