using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Entente.Core.Identifiers;
using Entente.Core.Positions;
using Entente.Core.Sharing;
using Entente.Incidents.Assets;
using Entente.Incidents.Centres;
using Entente.Incidents.Events;
using Entente.Incidents.Evidence;
using Entente.Incidents.Incidents;
using Entente.Incidents.Output;
using Entente.Incidents.Tests.Incidents;
using Entente.Testing;
using static Entente.Incidents.Tests.Incidents.IncidentFixtures;

namespace Entente.Incidents.Tests.Output;

public sealed class IncidentEventJsonTests
{
    private static readonly IReadOnlyList<IncidentEvent> Night = BuildNight().Log;

    public static TheoryData<string> EventTypes => [.. Night.Select(e => e.Type).Distinct()];

    /// <summary>One incident through every kind of event: a call, the datum following the track, an offer left
    /// unanswered then declined, a MAYDAY RELAY, consent and tasking across the line, a second offer accepted, a count,
    /// a refused then an accepted closure, and a note.</summary>
    private static SarIncident BuildNight()
    {
        var incident = OpenInFrance();
        incident.RecordCall(new CallRecorded(incident.Id, T0.AddMinutes(1), Actor.System, "Call from an NGO line.", incident.Coordinator,
            "calls-ngo@01:01", "caller-a", "ngo", FrenchWaters, 45));
        incident.MoveDatum(new Datum(GeoPosition.FromDegrees(51.012345, 1.623456), T0.AddMinutes(4), 312.5, DatumBasis.Track, 12), Actor.System,
            "The boat's track moved.");
        incident.OfferHandover(T0.AddMinutes(5), TimeSpan.FromMinutes(10), Actor.System, "Datum entered the UK SAR region.");
        incident.EscalateOverdueHandover(T0.AddMinutes(15));
        incident.DeclineHandover(T0.AddMinutes(16), UkOfficer, "Boat is still 2 nm inside the French region on our radar.");
        incident.BroadcastMaydayRelay([new RelayCandidate(235000001, "PRIDE OF KENT", 3_204.7, 8.3), new RelayCandidate(228000002, null, 9_000, 30)],
            T0.AddMinutes(17), FrOfficer, "MAYDAY RELAY on channel 16.");
        incident.CallVessel(235000001, "PRIDE OF KENT", T0.AddMinutes(18), FrOfficer);
        incident.RecordAnswer(235000001, "Proceeding, ETA 8 min.", T0.AddMinutes(19), FrOfficer);
        incident.RecordConsent(Nations.France, RnliDover.Id, T0.AddMinutes(20), FrNavy, "Préfecture maritime consents for this rescue.");
        incident.TaskAsset(RnliDover, AssetTaskType.Rescue, Nations.France, 35, T0.AddMinutes(21), FrOfficer, "Nearest all-weather boat.");
        incident.OfferHandover(T0.AddMinutes(25), TimeSpan.FromMinutes(10), FrOfficer, "The boat is across the line.");
        incident.AcceptHandover(T0.AddMinutes(27), UkOfficer, "Dover has it.");
        incident.CountPeople(new PeopleCount(45, rescued: 10), T0.AddMinutes(30), UkOfficer, "10 aboard the Border Force cutter.");
        incident.RecordSearch("Coastguard 163", "expanding_square",
            [GeoPosition.FromDegrees(51.0, 1.6), GeoPosition.FromDegrees(51.0, 1.65), GeoPosition.FromDegrees(51.03, 1.65), GeoPosition.FromDegrees(51.03, 1.6)],
            0.8647, 0.4123, T0.AddMinutes(45), UkOfficer, "Helicopter square search, nothing seen.");
        incident.RequestClosure(new RescueEvidence(12, GeoPosition.FromDegrees(51.25, 1.55), T0.AddMinutes(50), caller: "caller-z"),
            T0.AddMinutes(50), UkOfficer, "Boat found.");
        incident.RequestClosure(new RescueEvidence(35, GeoPosition.FromDegrees(51.02, 1.63), T0.AddMinutes(55), caller: "caller-a", assetId: "rnli-dover-alb"),
            T0.AddMinutes(55), UkOfficer, "All aboard RNLB Dover.");
        incident.AddNote("Debrief at 06:00.", T0.AddHours(2), UkOfficer);
        return incident;
    }

    private static IncidentEvent Of(string type) => Night.First(e => e.Type == type);

    private static string LineOf(string type) => IncidentEventJson.Write(Of(type));

    [Fact]
    public void TheNight_HoldsEveryEventType()
    {
        var all = typeof(IncidentEvent).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(IncidentEvent)) && !t.IsAbstract)
            .ToHashSet();
        Assert.Equal(17, all.Count);
        Assert.Equal(all, Night.Select(e => e.GetType()).ToHashSet());
        Assert.Equal(17, EventTypes.Count);
    }

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void Read_WhatWriteWrote_GivesTheSameEvent(string type)
    {
        var e = Of(type);
        var line = IncidentEventJson.Write(e);
        var back = IncidentEventJson.Read(line);

        AssertSameEvent(e, back);
        Assert.Equal(line, IncidentEventJson.Write(back));
        Assert.True(IncidentEventJson.TryRead(line, out var tried, out var error), error);
        Assert.Null(error);
        AssertSameEvent(e, tried);
    }

    [Fact]
    public void Read_TheWholeNight_RebuildsTheSameIncident()
    {
        var original = BuildNight();
        var rebuilt = SarIncident.FromLog(original.Log.Select(e => IncidentEventJson.Read(IncidentEventJson.Write(e))));

        Assert.Equal(original.Coordinator, rebuilt.Coordinator);
        Assert.Equal(original.Status, rebuilt.Status);
        Assert.Equal(original.Datum, rebuilt.Datum);
        Assert.Equal(original.People, rebuilt.People);
        Assert.Equal(original.Callers, rebuilt.Callers);
        Assert.Equal(original.Called, rebuilt.Called);
        Assert.Equal(original.Tasked, rebuilt.Tasked);
        Assert.Equal(original.RelayCandidates, rebuilt.RelayCandidates);
        Assert.Equal(original.CumulativeProbabilityOfSuccess, rebuilt.CumulativeProbabilityOfSuccess);
        Assert.Equal(original.Log.Select(IncidentEventJson.Write), rebuilt.Log.Select(IncidentEventJson.Write));
    }

    [Fact]
    public void Write_TheSameEvent_GivesTheSameBytes_HoweverItIsWritten()
    {
        var again = BuildNight().Log;
        for (var i = 0; i < Night.Count; i++)
        {
            var line = IncidentEventJson.Write(Night[i]);
            Assert.Equal(line, IncidentEventJson.Write(Night[i]));
            Assert.Equal(line, IncidentEventJson.Write(again[i]));
            Assert.Equal(line, WriteThroughWriter(Night[i]));
            Assert.DoesNotContain('\n', line);
            Assert.DoesNotContain("null", line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Write_AnIncidentOpened_GivesTheDocumentedLine()
    {
        Assert.Equal(
            """{"time":"2021-11-24T01:00:00.000Z","incident":"INC-00007","event":"incident-opened","coordinator":"cross-gris-nez","actor":"entente","reason":"Opened from a test alert.","origin":"ALR-00001","datum":{"lat":50.98,"lon":1.75,"time":"2021-11-24T01:00:00.000Z","sigma_m":500,"basis":"track","track":12},"people":{"aboard":40,"rescued":0,"landed":0,"missing":0}}""",
            LineOf("incident-opened"));
    }

    [Fact]
    public void Write_AHandoverOffer_GivesTheDocumentedLine()
    {
        Assert.Equal(
            """{"time":"2021-11-24T01:05:00.000Z","incident":"INC-00007","event":"handover-offered","coordinator":"cross-gris-nez","actor":"entente","reason":"Datum entered the UK SAR region.","from":"cross-gris-nez","to":"hmcg-dover","deadline":"2021-11-24T01:15:00.000Z"}""",
            LineOf("handover-offered"));
    }

    [Fact]
    public void Write_AnAssetTasked_GivesTheDocumentedLine()
    {
        Assert.Equal(
            """{"time":"2021-11-24T01:21:00.000Z","incident":"INC-00007","event":"asset-tasked","coordinator":"cross-gris-nez","actor":"gris-nez-cmc","agency":"fr-cross-gris-nez","reason":"Nearest all-weather boat.","asset":"rnli-dover-alb","asset_name":"RNLB Dover","asset_nation":"UK","task":"rescue","destination_waters":"FR","eta_min":35}""",
            LineOf("asset-tasked"));
    }

    [Fact]
    public void TheDocumentedExample_ReadsAndWritesBackTheSameBytes_AsOneIncident()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "formats", "incidents.md"));
        var start = doc.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        var lines = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 5);

        var events = lines.Select(IncidentEventJson.Read).ToList();
        Assert.Equal(lines, events.Select(IncidentEventJson.Write));
        var incident = SarIncident.FromLog(events);
        Assert.Equal(CoordinationCentre.HmcgDover, incident.Coordinator);
        Assert.Contains(events, e => e is HandoverAccepted);
        SarIncidentTests.AssertOneCoordinatorThroughout(incident);
    }

    [Fact]
    public void Write_KeepsTextReadable_AndEscapesOnlyWhatJsonNeeds()
    {
        Assert.Contains("\"reason\":\"Préfecture maritime consents for this rescue.\"", LineOf("consent-recorded"), StringComparison.Ordinal);
        Assert.Contains("is not among this incident's callers.", LineOf("closure-refused"), StringComparison.Ordinal);

        var note = new NoteAdded(IncidentId.FromInt64(7), T0, UkOfficer, "Two\nlines, a \"quote\", a \\ and a tab\t.", CoordinationCentre.HmcgDover);
        var line = IncidentEventJson.Write(note);
        Assert.EndsWith("\"reason\":\"Two\\nlines, a \\\"quote\\\", a \\\\ and a tab\\t.\"}", line, StringComparison.Ordinal);
        Assert.Equal(note, IncidentEventJson.Read(line));
    }

    [Fact]
    public void Write_RoundsAsTheFormatSays_AndReadGivesTheRoundedEventBack()
    {
        var time = T0.AddTicks(1_234_567); // 123.4567 ms
        var incident = IncidentId.FromInt64(7);
        var precise = new IncidentOpened(incident, time, Actor.System, "Opened.", CoordinationCentre.HmcgDover, "ALR-00002",
            new Datum(GeoPosition.FromDegrees(50.123456789, -0.0000001), time.AddTicks(9_999), 123.456, DatumBasis.Drift), new PeopleCount(null));
        var rounded = new IncidentOpened(incident, T0.AddMilliseconds(123), Actor.System, "Opened.", CoordinationCentre.HmcgDover, "ALR-00002",
            new Datum(GeoPosition.FromDegrees(50.123457, 0), T0.AddMilliseconds(124), 123.5, DatumBasis.Drift), new PeopleCount(null));

        var line = IncidentEventJson.Write(precise);
        Assert.Contains("\"lat\":50.123457,\"lon\":0,", line, StringComparison.Ordinal);
        Assert.Contains("\"time\":\"2021-11-24T01:00:00.123Z\"", line, StringComparison.Ordinal);
        Assert.Contains("\"sigma_m\":123.5,", line, StringComparison.Ordinal);
        Assert.Contains("\"people\":{\"rescued\":0,", line, StringComparison.Ordinal);
        Assert.Equal(rounded, IncidentEventJson.Read(line));
        Assert.Equal(line, IncidentEventJson.Write(IncidentEventJson.Read(line)));
        Assert.Equal(line, IncidentEventJson.Write(rounded));

        var relay = new MaydayRelayBroadcast(incident, T0, UkOfficer, "Relay.", CoordinationCentre.HmcgDover,
            [new RelayCandidate(235000001, "PRIDE OF KENT", 3_204.749, 8.04), new RelayCandidate(235000002, "", 0.04, 0.05)]);
        var relayLine = IncidentEventJson.Write(relay);
        Assert.Contains("""[{"mmsi":235000001,"name":"PRIDE OF KENT","distance_m":3204.7,"eta_min":8},{"mmsi":235000002,"name":"","distance_m":0,"eta_min":0}]""",
            relayLine, StringComparison.Ordinal);
        var relayBack = Assert.IsType<MaydayRelayBroadcast>(IncidentEventJson.Read(relayLine));
        Assert.Equal(new[] { new RelayCandidate(235000001, "PRIDE OF KENT", 3_204.7, 8), new RelayCandidate(235000002, "", 0, 0) }, relayBack.Candidates);
        Assert.Equal(relayLine, IncidentEventJson.Write(relayBack));

        var tasked = new AssetTasked(incident, T0, UkOfficer, "Go.", CoordinationCentre.HmcgDover, "a", "A", Nations.UnitedKingdom,
            AssetTaskType.Search, Nations.None, 12.349);
        var taskedBack = Assert.IsType<AssetTasked>(IncidentEventJson.Read(IncidentEventJson.Write(tasked)));
        Assert.Equal(12.3, taskedBack.EtaMinutes);
        Assert.Equal(Nations.None, taskedBack.DestinationWaters);
    }

    [Fact]
    public void WriteReadWrite_RandomPreciseValues_GivesTheSameBytes()
    {
        var random = new Random(7);
        var incident = IncidentId.FromInt64(7);
        for (var i = 0; i < 1000; i++)
        {
            var time = T0.AddTicks(random.NextInt64(-TimeSpan.TicksPerDay * 365 * 50, TimeSpan.TicksPerDay * 365 * 50));
            var position = GeoPosition.FromDegrees((random.NextDouble() * 180) - 90, (random.NextDouble() * 360) - 180);
            var scale = Math.Pow(10, random.Next(-3, 17));
            IncidentEvent e = (i % 3) switch
            {
                0 => new DatumMoved(incident, time, Actor.System, "Moved.", CoordinationCentre.HmcgDover,
                    new Datum(position, time.AddTicks(random.Next()), random.NextDouble() * scale, DatumBasis.Drift)),
                1 => new MaydayRelayBroadcast(incident, time, UkOfficer, "Relay.", CoordinationCentre.HmcgDover,
                    [new RelayCandidate(1 + random.Next(Mmsi.MaxValue), null, random.NextDouble() * scale, random.NextDouble() * scale)]),
                _ => new IncidentClosed(incident, time, UkOfficer, "Closed.", CoordinationCentre.HmcgDover,
                    new RescueEvidence(1 + random.Next(100), position, time.AddTicks(-random.Next()), landed: random.Next(2) == 0)),
            };

            var line = IncidentEventJson.Write(e);
            var back = IncidentEventJson.Read(line);
            Assert.Equal(line, IncidentEventJson.Write(back));
            Assert.Equal(back.Time, IncidentEventJson.Read(IncidentEventJson.Write(back)).Time);
        }
    }

    [Fact]
    public void Read_MorePrecisionThanTheFormatHolds_IsRoundedTheSameWay()
    {
        var line = LineOf("datum-moved")
            .Replace("\"lat\":51.012345", "\"lat\":51.0123454999", StringComparison.Ordinal)
            .Replace("\"sigma_m\":312.5", "\"sigma_m\":312.4999", StringComparison.Ordinal)
            .Replace("\"time\":\"2021-11-24T01:04:00.000Z\",\"sigma_m\"", "\"time\":\"2021-11-24T01:04:00.0009999Z\",\"sigma_m\"", StringComparison.Ordinal);
        Assert.NotEqual(LineOf("datum-moved"), line);

        var moved = Assert.IsType<DatumMoved>(IncidentEventJson.Read(line));
        Assert.Equal(((DatumMoved)Of("datum-moved")).Datum, moved.Datum);
        Assert.Equal(51.012345, moved.Datum.Position.LatitudeDegrees);
        Assert.Equal(LineOf("datum-moved"), IncidentEventJson.Write(moved));
    }

    [Theory]
    [InlineData("2021-11-24T01:02:03Z", 0)]
    [InlineData("2021-11-24T01:02:03.4Z", 400)]
    [InlineData("2021-11-24T01:02:03.456Z", 456)]
    [InlineData("2021-11-24T01:02:03.4569999Z", 456)]
    public void Read_ATimeWithOtherFractionDigits_IsTruncatedToTheMillisecond(string time, int milliseconds)
    {
        var line = LineOf("note-added").Replace("2021-11-24T03:00:00.000Z", time, StringComparison.Ordinal);
        var e = IncidentEventJson.Read(line);
        Assert.Equal(new DateTimeOffset(2021, 11, 24, 1, 2, 3, milliseconds, TimeSpan.Zero), e.Time);
        Assert.Equal(TimeSpan.Zero, e.Time.Offset);
    }

    [Fact]
    public void Read_EntenteWithNoAgency_IsTheSystemActor()
    {
        var e = IncidentEventJson.Read(LineOf("handover-offered"));
        Assert.Equal(Actor.System, e.Actor);
        Assert.Same(Actor.System, e.Actor);
        Assert.DoesNotContain("\"agency\"", LineOf("handover-offered"), StringComparison.Ordinal);

        // A person keeps their agency; "entente" with one is a person of that name, not the system.
        Assert.Equal(UkOfficer, IncidentEventJson.Read(LineOf("note-added")).Actor);
        var named = LineOf("handover-offered").Replace("\"actor\":\"entente\"", "\"actor\":\"entente\",\"agency\":\"uk-hmcg\"", StringComparison.Ordinal);
        Assert.NotEqual(Actor.System, IncidentEventJson.Read(named).Actor);
    }

    [Fact]
    public void Read_OptionalValuesLeftOut_AreNull()
    {
        var call = new CallRecorded(IncidentId.FromInt64(3), T0, Actor.System, "Call.", CoordinationCentre.HmcgDover, "calls-phone@01:00", null, null, null, null);
        var line = IncidentEventJson.Write(call);
        Assert.EndsWith("\"reference\":\"calls-phone@01:00\"}", line, StringComparison.Ordinal);
        Assert.Equal(call, IncidentEventJson.Read(line));

        var called = new VesselCalled(IncidentId.FromInt64(3), T0, UkOfficer, "Called.", CoordinationCentre.HmcgDover, 1, null);
        Assert.Equal(called, IncidentEventJson.Read(IncidentEventJson.Write(called)));

        var closed = Assert.IsType<IncidentClosed>(IncidentEventJson.Read(LineOf("incident-closed")));
        Assert.Equal("caller-a", closed.Evidence.Caller);
        var bare = LineOf("incident-closed").Replace(",\"caller\":\"caller-a\",\"asset\":\"rnli-dover-alb\"", string.Empty, StringComparison.Ordinal);
        var bareClosed = Assert.IsType<IncidentClosed>(IncidentEventJson.Read(bare));
        Assert.Null(bareClosed.Evidence.Caller);
        Assert.Null(bareClosed.Evidence.AssetId);
    }

    [Fact]
    public void WriteToAWriter_StreamsEventsIntoTheCallersJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var e in Night)
            {
                IncidentEventJson.Write(writer, e);
            }

            writer.WriteEndArray();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        var lines = document.RootElement.EnumerateArray().Select(element => element.GetRawText()).ToList();
        Assert.Equal(Night.Select(IncidentEventJson.Write), lines);
    }

    public static TheoryData<IncidentEvent, string> Unwritable => new()
    {
        { new VesselCalled(IncidentId.FromInt64(1), T0, UkOfficer, "x", CoordinationCentre.HmcgDover, 0, null), "'mmsi'" },
        { new VesselAnswered(IncidentId.FromInt64(1), T0, UkOfficer, "x", CoordinationCentre.HmcgDover, 1_000_000_000, "yes"), "'mmsi'" },
        { new NoteAdded(default, T0, UkOfficer, "x", CoordinationCentre.HmcgDover), "incident number" },
        { new NoteAdded(IncidentId.FromInt64(1), T0, UkOfficer, "x", (CoordinationCentre)7), "'coordinator'" },
        { new HandoverDeclined(IncidentId.FromInt64(1), T0, UkOfficer, "x", CoordinationCentre.HmcgDover, (CoordinationCentre)7), "'to'" },
        { new AssetTasked(IncidentId.FromInt64(1), T0, UkOfficer, "x", CoordinationCentre.HmcgDover, "a", "A", Nations.UnitedKingdom, (AssetTaskType)99, Nations.None, 5), "'task'" },
        { new AssetTasked(IncidentId.FromInt64(1), T0, UkOfficer, "x", CoordinationCentre.HmcgDover, "a", "A", Nations.Both, AssetTaskType.Search, Nations.None, 5), "'asset_nation'" },
        { new AssetTasked(IncidentId.FromInt64(1), T0, UkOfficer, "x", CoordinationCentre.HmcgDover, "a", "A", Nations.France, AssetTaskType.Search, Nations.Both, 5), "'destination_waters'" },
        { new AssetTasked(IncidentId.FromInt64(1), T0, UkOfficer, "x", CoordinationCentre.HmcgDover, "a", "A", Nations.France, AssetTaskType.Search, Nations.None, double.NaN), "'eta_min'" },
        { new ConsentRecorded(IncidentId.FromInt64(1), T0, UkOfficer, "x", CoordinationCentre.HmcgDover, Nations.None, "a"), "'granting_state'" },
        { new MaydayRelayBroadcast(IncidentId.FromInt64(1), T0, UkOfficer, "x", CoordinationCentre.HmcgDover, [new RelayCandidate(1, null, -1, 1)]), "'candidates[0].distance_m'" },
        { new MaydayRelayBroadcast(IncidentId.FromInt64(1), T0, UkOfficer, "x", CoordinationCentre.HmcgDover, [new RelayCandidate(1, null, 1, double.PositiveInfinity)]), "'candidates[0].eta_min'" },
        { new CallRecorded(IncidentId.FromInt64(1), T0, UkOfficer, "x", CoordinationCentre.HmcgDover, "r", null, null, null, -2), "'people'" },
        { new DatumMoved(IncidentId.FromInt64(1), T0, UkOfficer, "x", CoordinationCentre.HmcgDover, new Datum(FrenchWaters, T0, 1, (DatumBasis)9)), "'datum.basis'" },
        { new DatumMoved(IncidentId.FromInt64(1), T0, UkOfficer, "x", CoordinationCentre.HmcgDover, new Datum(FrenchWaters, T0, 1, DatumBasis.Track, -4)), "'datum.track'" },
    };

    [Theory]
    [MemberData(nameof(Unwritable))]
    public void Write_AValueTheFormatCannotCarry_IsRefused_AndNothingIsWritten(IncidentEvent e, string named)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => IncidentEventJson.Write(e));
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Assert.ThrowsAny<ArgumentException>(() => IncidentEventJson.Write(writer, e));
        }

        Assert.Equal(0, buffer.WrittenCount);
    }

    public static TheoryData<string, string, string, string> BadLines => new()
    {
        // event type, text to find in its line, what to put instead, the field the message must name
        { "note-added", "\"time\":\"2021-11-24T03:00:00.000Z\",", string.Empty, "'time'" },
        { "note-added", "2021-11-24T03:00:00.000Z", "yesterday", "'time'" },
        { "note-added", "2021-11-24T03:00:00.000Z", "2021-11-24T03:00:00.000+01:00", "'time'" },
        { "note-added", "2021-11-24T03:00:00.000Z", "2021-11-24 03:00:00Z", "'time'" },
        { "note-added", "\"time\":\"2021-11-24T03:00:00.000Z\"", "\"time\":1637722800", "'time'" },
        { "note-added", "INC-00007", "INC-7", "'incident'" },
        { "note-added", "INC-00007", "INC-00000", "'incident'" },
        { "note-added", "\"incident\":\"INC-00007\",", string.Empty, "'incident'" },
        { "note-added", "note-added", "note-deleted", "'event'" },
        { "note-added", "\"event\":\"note-added\",", string.Empty, "'event'" },
        { "note-added", "hmcg-dover", "mrcc-falmouth", "'coordinator'" },
        { "note-added", "\"coordinator\":\"hmcg-dover\"", "\"coordinator\":null", "'coordinator'" },
        { "note-added", "\"actor\":\"dover-swo\"", "\"actor\":\" \"", "'actor'" },
        { "note-added", "\"actor\":\"dover-swo\",", string.Empty, "'actor'" },
        { "note-added", "uk-hmcg", "uk-mi6", "'agency'" },
        { "note-added", "uk-hmcg", "UK HMCG", "'agency'" },
        { "note-added", "\"agency\":\"uk-hmcg\"", "\"agency\":null", "'agency'" },
        { "note-added", "\"reason\":\"Debrief at 06:00.\"", "\"reason\":42", "'reason'" },
        { "note-added", "\"reason\":", "\"colour\":\"red\",\"reason\":", "'colour'" },
        { "note-added", "\"reason\":", "\"origin\":\"ALR-00001\",\"reason\":", "'origin'" },
        { "incident-opened", "\"origin\":\"ALR-00001\"", "\"origin\":\"\"", "'origin'" },
        { "incident-opened", "\"lat\":50.98", "\"lat\":95", "'datum.lat'" },
        { "incident-opened", "\"lat\":50.98", "\"lat\":1e999", "'datum.lat'" },
        { "incident-opened", "\"lat\":50.98,", string.Empty, "'datum.lat'" },
        { "incident-opened", "\"lon\":1.75", "\"lon\":-180.5", "'datum.lon'" },
        { "incident-opened", "\"sigma_m\":500", "\"sigma_m\":-1", "'datum.sigma_m'" },
        { "incident-opened", "\"basis\":\"track\"", "\"basis\":\"guess\"", "'datum.basis'" },
        { "incident-opened", "\"track\":12", "\"track\":-12", "'datum.track'" },
        { "incident-opened", "\"track\":12", "\"track\":12.5", "'datum.track'" },
        { "incident-opened", "\"track\":12", "\"track\":12,\"speed\":3", "'datum.speed'" },
        { "incident-opened", "\"datum\":{", "\"datum\":7,\"x\":{", "'datum'" },
        { "incident-opened", "\"rescued\":0", "\"rescued\":-1", "'people.rescued'" },
        { "incident-opened", "\"aboard\":40", "\"aboard\":40.5", "'people.aboard'" },
        { "incident-opened", "\"aboard\":40", "\"aboard\":-40", "'people.aboard'" },
        { "incident-opened", "\"missing\":0", "\"missing\":\"0\"", "'people.missing'" },
        { "incident-opened", "\"missing\":0", "\"missing\":3000000000", "'people.missing'" },
        { "datum-moved", "\"datum\":{", "\"datum\":{\"datum\":1,", "'datum.datum'" },
        { "handover-offered", "\"to\":\"hmcg-dover\"", "\"to\":\"dover\"", "'to'" },
        { "handover-offered", "\"to\":\"hmcg-dover\"", "\"to\":5", "'to'" },
        { "handover-offered", "\"from\":\"cross-gris-nez\",", string.Empty, "'from'" },
        { "handover-offered", "\"deadline\":\"2021-11-24T01:15:00.000Z\"", "\"deadline\":\"soon\"", "'deadline'" },
        { "handover-accepted", "\"to\":\"hmcg-dover\"", "\"to\":\"HMCG-DOVER\"", "'to'" },
        { "handover-declined", "\"to\":\"hmcg-dover\"", "\"to\":true", "'to'" },
        { "handover-overdue", ",\"to\":\"hmcg-dover\"", string.Empty, "'to'" },
        { "call-recorded", "\"reference\":\"calls-ngo@01:01\"", "\"reference\":\" \"", "'reference'" },
        { "call-recorded", "\"lon\":1.75,", string.Empty, "'lon'" },
        { "call-recorded", "\"lat\":50.98,", string.Empty, "'lat'" },
        { "call-recorded", "\"lat\":50.98", "\"lat\":-95", "'lat'" },
        { "call-recorded", "\"people\":45", "\"people\":-3", "'people'" },
        { "call-recorded", "\"caller\":\"caller-a\"", "\"caller\":7", "'caller'" },
        { "call-recorded", "\"source\":\"ngo\"", "\"source\":null", "'source'" },
        { "mayday-relay-broadcast", "\"eta_min\":30", "\"eta_min\":-30", "'candidates[1].eta_min'" },
        { "mayday-relay-broadcast", ",\"eta_min\":30", string.Empty, "'candidates[1].eta_min'" },
        { "mayday-relay-broadcast", "\"mmsi\":228000002", "\"mmsi\":0", "'candidates[1].mmsi'" },
        { "mayday-relay-broadcast", "\"distance_m\":3204.7", "\"distance_m\":\"far\"", "'candidates[0].distance_m'" },
        { "mayday-relay-broadcast", "\"name\":\"PRIDE OF KENT\"", "\"name\":\"PRIDE OF KENT\",\"callsign\":\"MZXY\"", "'candidates[0].callsign'" },
        { "mayday-relay-broadcast", "\"candidates\":[", "\"candidates\":[7,", "'candidates[0]'" },
        { "mayday-relay-broadcast", "\"candidates\":[", "\"candidates\":\"x\",\"y\":[", "'candidates'" },
        { "vessel-called", "\"mmsi\":235000001", "\"mmsi\":1234567890", "'mmsi'" },
        { "vessel-called", "\"mmsi\":235000001", "\"mmsi\":\"235000001\"", "'mmsi'" },
        { "vessel-called", "\"mmsi\":235000001", "\"mmsi\":-235000001", "'mmsi'" },
        { "vessel-answered", "\"answer\":\"Proceeding, ETA 8 min.\"", "\"answer\":\"\"", "'answer'" },
        { "consent-recorded", "\"granting_state\":\"FR\"", "\"granting_state\":\"none\"", "'granting_state'" },
        { "consent-recorded", "\"granting_state\":\"FR\"", "\"granting_state\":\"France\"", "'granting_state'" },
        { "consent-recorded", "\"asset\":\"rnli-dover-alb\"", "\"asset\":\"\"", "'asset'" },
        { "asset-tasked", "\"task\":\"rescue\"", "\"task\":\"push-back\"", "'task'" },
        { "asset-tasked", "\"task\":\"rescue\"", "\"task\":\"Rescue\"", "'task'" },
        { "asset-tasked", "\"task\":\"rescue\"", "\"task\":1", "'task'" },
        { "asset-tasked", "\"asset_nation\":\"UK\"", "\"asset_nation\":\"DE\"", "'asset_nation'" },
        { "asset-tasked", "\"destination_waters\":\"FR\"", "\"destination_waters\":\"UK+FR\"", "'destination_waters'" },
        { "asset-tasked", "\"eta_min\":35", "\"eta_min\":-35", "'eta_min'" },
        { "asset-tasked", "\"eta_min\":35", "\"eta_min\":\"35\"", "'eta_min'" },
        { "asset-tasked", "\"asset_name\":\"RNLB Dover\",", string.Empty, "'asset_name'" },
        { "people-counted", "\"landed\":0", "\"landed\":-1", "'people.landed'" },
        { "people-counted", "\"people\":{", "\"people\":45,\"x\":{", "'people'" },
        { "closure-refused", "\"people\":12", "\"people\":0", "'evidence.people'" },
        { "closure-refused", "\"landed\":false", "\"landed\":\"no\"", "'evidence.landed'" },
        { "closure-refused", "\"conflicts\":[", "\"conflicts\":[1,", "'conflicts[0]'" },
        { "closure-refused", "\"conflicts\":[", "\"conflicts\":\"x\",\"y\":[", "'conflicts'" },
        { "search-completed", "\"pod\":0.8647", "\"pod\":1.2", "'pod'" },
        { "search-completed", "\"pos\":0.4123", "\"pos\":-0.1", "'pos'" },
        { "search-completed", "\"pattern\":\"expanding_square\"", "\"pattern\":\"\"", "'pattern'" },
        { "search-completed", "\"area\":[", "\"area\":[{\"lat\":91,\"lon\":1},", "'area[0].lat'" },
        { "search-completed", "\"area\":[", "\"area\":\"x\",\"y\":[", "'area'" },
        { "incident-closed", "\"caller\":\"caller-a\"", "\"caller\":\" \"", "'evidence.caller'" },
        { "incident-closed", "\"lat\":51.02", "\"lat\":90.000001", "'evidence.lat'" },
        { "incident-closed", ",\"time\":\"2021-11-24T01:55:00.000Z\",\"landed\"", ",\"landed\"", "'evidence.time'" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public void Read_AnInvalidField_ThrowsInvalidDataExceptionNamingIt(string type, string find, string replace, string field)
    {
        var valid = LineOf(type);
        Assert.Contains(find, valid, StringComparison.Ordinal);
        var line = valid.Replace(find, replace, StringComparison.Ordinal);

        var ex = Assert.Throws<InvalidDataException>(() => IncidentEventJson.Read(line));
        Assert.Contains(field, ex.Message, StringComparison.Ordinal);
        AssertOneSentence(ex.Message);
        Assert.False(IncidentEventJson.TryRead(line, out var e, out var error));
        Assert.Null(e);
        Assert.Equal(ex.Message, error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not json")]
    [InlineData("{")]
    [InlineData("{\"time\":")]
    [InlineData("{} {}")]
    [InlineData("{\"a\":1,}")]
    [InlineData("{\"a\":1} // note")]
    [InlineData("\"incident-opened\"")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("42")]
    [InlineData("\ud800")]
    public void Read_SomethingNotAJsonObject_ThrowsInvalidDataException(string line)
    {
        var ex = Assert.Throws<InvalidDataException>(() => IncidentEventJson.Read(line));
        Assert.Contains("JSON", ex.Message, StringComparison.Ordinal);
        AssertOneSentence(ex.Message);
        Assert.False(IncidentEventJson.TryRead(line, out _, out var error));
        Assert.Equal(ex.Message, error);
    }

    [Fact]
    public void Read_AFieldTwice_ThrowsInvalidDataException()
    {
        var line = LineOf("note-added").Replace("\"reason\":", "\"reason\":\"first\",\"reason\":", StringComparison.Ordinal);
        var ex = Assert.Throws<InvalidDataException>(() => IncidentEventJson.Read(line));
        Assert.Contains("reason", ex.Message, StringComparison.Ordinal);
        AssertOneSentence(ex.Message);
    }

    [Fact]
    public void Read_ALoneSurrogateEscape_ThrowsInvalidDataExceptionNamingTheField()
    {
        var line = LineOf("note-added").Replace("Debrief at 06:00.", "Debrief \\ud800 at 06:00.", StringComparison.Ordinal);
        var ex = Assert.Throws<InvalidDataException>(() => IncidentEventJson.Read(line));
        Assert.Contains("'reason'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_Null_IsRefused()
    {
        Assert.False(IncidentEventJson.TryRead(null, out var e, out var error));
        Assert.Null(e);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void Read_NoPushBackTask_CanComeInThroughTheFormat()
    {
        var valid = LineOf("asset-tasked");
        foreach (var name in new[] { "push-back", "pushback", "turn-back", "tow-back", "block", "repel", "intercept", "return", "" })
        {
            var line = valid.Replace("\"task\":\"rescue\"", $"\"task\":\"{name}\"", StringComparison.Ordinal);
            var ex = Assert.Throws<InvalidDataException>(() => IncidentEventJson.Read(line));
            Assert.Contains("'task'", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_2000MutatedLines_GivesAnEventOrInvalidDataException_Only()
    {
        var random = new Random(20211124);
        var lines = Night.Select(IncidentEventJson.Write).ToArray();
        int valid = 0, refused = 0;
        for (var i = 0; i < 2000; i++)
        {
            var line = lines[random.Next(lines.Length)];
            var mutated = (i % 5) switch
            {
                0 => DropAField(line, random),
                1 => ChangeAType(line, random),
                2 => line[..random.Next(line.Length)],
                3 => RandomCharacters(line, random),
                _ => RandomBytes(line, random),
            };

            IncidentEvent? e = null;
            var thrown = Record.Exception(() => e = IncidentEventJson.Read(mutated));
            if (thrown is not null)
            {
                Assert.True(thrown is InvalidDataException, $"{thrown.GetType().Name} ({thrown.Message}) reading: {mutated}");
                Assert.False(IncidentEventJson.TryRead(mutated, out _, out var error));
                Assert.Equal(thrown.Message, error);
                refused++;
                continue;
            }

            // Whatever reads, writes, and writes the same again through a read.
            var written = IncidentEventJson.Write(e!);
            Assert.Equal(written, IncidentEventJson.Write(IncidentEventJson.Read(written)));
            valid++;
        }

        Assert.True(refused > 1000, $"{refused} refused");
        Assert.True(valid > 50, $"{valid} read");
    }

    private static string DropAField(string line, Random random)
    {
        var root = JsonNode.Parse(line)!;
        var places = new List<(JsonObject Parent, string Name)>();
        Collect(root, places);
        var (parent, name) = places[random.Next(places.Count)];
        parent.Remove(name);
        return root.ToJsonString();
    }

    private static string ChangeAType(string line, Random random)
    {
        JsonNode?[] replacements =
        [
            null, 0, -1, 1.5, 1e308, 95, 4_000_000_000L, "", " ", "x", "INC-00001", "hmcg-dover", "push-back", "2021-11-24T01:00:00.000Z",
            true, false, new JsonArray(), new JsonArray(1, "a"), new JsonObject(), new JsonObject { ["lat"] = 1 },
        ];
        var root = JsonNode.Parse(line)!;
        var places = new List<(JsonObject Parent, string Name)>();
        Collect(root, places);
        var (parent, name) = places[random.Next(places.Count)];
        var replacement = replacements[random.Next(replacements.Length)];
        parent[name] = replacement?.DeepClone();
        return root.ToJsonString();
    }

    private static void Collect(JsonNode node, List<(JsonObject Parent, string Name)> places)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    places.Add((obj, name));
                    if (child is not null)
                    {
                        Collect(child, places);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        Collect(child, places);
                    }
                }

                break;
            default:
                break;
        }
    }

    private static string RandomCharacters(string line, Random random)
    {
        var chars = line.ToCharArray();
        var count = 1 + random.Next(3);
        for (var k = 0; k < count; k++)
        {
            // Mostly JSON's own punctuation and digits, sometimes anything, lone surrogates and controls included.
            const string Likely = "{}[]\":,.-0123456789eE \\nulltrue";
            chars[random.Next(chars.Length)] = random.Next(4) == 0 ? (char)random.Next(0x10000) : Likely[random.Next(Likely.Length)];
        }

        return new string(chars);
    }

    private static string RandomBytes(string line, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        var count = 1 + random.Next(4);
        for (var k = 0; k < count; k++)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        return Encoding.UTF8.GetString(bytes);
    }

    private static string WriteThroughWriter(IncidentEvent e)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            IncidentEventJson.Write(writer, e);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void AssertOneSentence(string message)
    {
        Assert.DoesNotContain('\n', message);
        Assert.EndsWith(".", message, StringComparison.Ordinal);
        Assert.True(message.Length < 200, message);
    }

    /// <summary>Records compare their lists by reference, so the two events that hold one are compared field by field.</summary>
    private static void AssertSameEvent(IncidentEvent expected, IncidentEvent? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.GetType(), actual.GetType());
        Assert.Equal(expected.Incident, actual.Incident);
        Assert.Equal(expected.Time, actual.Time);
        Assert.Equal(expected.Actor, actual.Actor);
        Assert.Equal(expected.Reason, actual.Reason);
        Assert.Equal(expected.Coordinator, actual.Coordinator);
        switch (expected)
        {
            case MaydayRelayBroadcast relay:
                Assert.Equal(relay.Candidates, ((MaydayRelayBroadcast)actual).Candidates);
                break;
            case SearchCompleted search:
                var searched = (SearchCompleted)actual;
                Assert.Equal(search.Area, searched.Area);
                Assert.Equal((search.AssetName, search.Pattern, search.ProbabilityOfDetection, search.ProbabilityOfSuccess),
                    (searched.AssetName, searched.Pattern, searched.ProbabilityOfDetection, searched.ProbabilityOfSuccess));
                break;
            case ClosureRefused refused:
                var back = (ClosureRefused)actual;
                Assert.Equal(refused.Evidence, back.Evidence);
                Assert.Equal(refused.Conflicts, back.Conflicts);
                Assert.NotEmpty(back.Conflicts);
                break;
            default:
                Assert.Equal(expected, actual);
                break;
        }
    }
}
