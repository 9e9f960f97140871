using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Entente.Core.Detections;
using Entente.Core.Identifiers;
using Entente.Core.Positions;
using Entente.Core.Sharing;
using Entente.Incidents.Assets;
using Entente.Incidents.Centres;
using Entente.Incidents.Events;
using Entente.Incidents.Evidence;
using Entente.Incidents.Incidents;

namespace Entente.Incidents.Output;

/// <summary>
/// Reads and writes <see cref="IncidentEvent"/>s as one JSON object each (docs/formats/incidents.md): the payload the
/// event store keeps, and one line of <c>incidents.jsonl</c>. Writing is deterministic: fixed field order and fixed
/// rounding, so the same event gives the same bytes. Optional values are left out, never written as null.
/// </summary>
/// <remarks>
/// The format rounds: times to the millisecond (truncated), latitudes and longitudes to 6 decimals, metres and minutes
/// to 1 decimal. An event holding more precision is written rounded, and reading rounds the same way, so
/// <c>Read(Write(e))</c> is <c>e</c> rounded and <c>Write(Read(Write(e)))</c> is <c>Write(e)</c>, byte for byte.
/// Reading is strict: a missing, unknown, null or invalid field is refused with one sentence naming it.
/// </remarks>
public static class IncidentEventJson
{
    private const int DegreesDecimals = 6;
    private const int MetresDecimals = 1;
    private const int MinutesDecimals = 1;
    private const int ProbabilityDecimals = 4;
    private const int MaxMmsi = Mmsi.MaxValue;
    private const int ShownNameLength = 40;

    // Below 2^50, scaling, rounding and scaling back returns the same double when done twice.
    private const double ExactlyRounded = 1L << 50;

    // Whole seconds, or up to 7 fraction digits, always UTC; the writer gives exactly 3.
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowDuplicateProperties = false };

    // People read these lines: apostrophes and accented names stay as written, only quotes, backslashes and control
    // characters (and what the encoder cannot vouch for) are escaped. Nothing puts them into HTML unencoded.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one event as its JSON object (without a line end).</summary>
    /// <param name="e">The event.</param>
    /// <returns>The compact JSON object.</returns>
    /// <exception cref="ArgumentException">The event holds a value the format cannot carry (see
    /// <see cref="Write(Utf8JsonWriter, IncidentEvent)"/>).</exception>
    public static string Write(IncidentEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Encoding.UTF8.GetString(Serialise(e).WrittenSpan);
    }

    /// <summary>Writes one event as a JSON object (without a line end). Nothing is written when the event is refused.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="e">The event.</param>
    /// <exception cref="ArgumentException">The event holds a value the format cannot carry, so a reader would refuse it:
    /// no incident number, a number that is not finite or is negative where it cannot be, an MMSI outside 1 to 999999999,
    /// a centre, nation, task or basis with no name in the format, text that is not valid UTF-16, or an event type the
    /// format does not know.</exception>
    public static void Write(Utf8JsonWriter writer, IncidentEvent e)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(e);

        // Written aside first, so that a refused event leaves no half object in the caller's stream.
        writer.WriteRawValue(Serialise(e).WrittenSpan, skipInputValidation: true);
    }

    /// <summary>Reads one event.</summary>
    /// <param name="json">One JSON object, as <see cref="Write(IncidentEvent)"/> writes it.</param>
    /// <returns>The event, with values rounded as the format rounds them.</returns>
    /// <exception cref="InvalidDataException">The text is not a valid event; the message says why in one sentence, naming
    /// the field. No other exception comes from bad input.</exception>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    public static IncidentEvent Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The line is not valid JSON ({Describe(ex)}).", ex);
        }
        catch (ArgumentException ex)
        {
            // Text that is not valid UTF-16 cannot even be transcoded for parsing.
            throw new InvalidDataException("The line is not valid JSON: it is not valid UTF-16 text.", ex);
        }

        using (document)
        {
            try
            {
                return ReadEvent(document.RootElement);
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException or InvalidOperationException)
            {
                // Every field is checked before a constructor sees it; this only keeps a missed case an InvalidDataException.
                throw new InvalidDataException($"The line is not a valid incident event: {ex.Message}", ex);
            }
        }
    }

    /// <summary>Reads one event, without throwing on bad input.</summary>
    /// <param name="json">One JSON object.</param>
    /// <param name="e">The event, when valid.</param>
    /// <param name="error">Why it was refused, in one sentence naming the field, when not valid.</param>
    /// <returns>True when the text is a valid event.</returns>
    public static bool TryRead(string? json, [NotNullWhen(true)] out IncidentEvent? e, [NotNullWhen(false)] out string? error)
    {
        if (json is null)
        {
            e = null;
            error = "The line is missing.";
            return false;
        }

        try
        {
            e = Read(json);
            error = null;
            return true;
        }
        catch (InvalidDataException ex)
        {
            e = null;
            error = ex.Message;
            return false;
        }
    }

    private static ArrayBufferWriter<byte> Serialise(IncidentEvent e)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        WriteEvent(writer, e);
        writer.Flush();
        return buffer;
    }

    private static void WriteEvent(Utf8JsonWriter writer, IncidentEvent e)
    {
        if (e.Incident.Value < 1)
        {
            throw new ArgumentException("The event has no incident number.", nameof(e));
        }

        writer.WriteStartObject();
        writer.WriteString("time", DetectionRecordJson.FormatTime(e.Time));
        writer.WriteString("incident", e.Incident.ToString());
        writer.WriteString("event", e.Type);
        writer.WriteString("coordinator", CentreName(e.Coordinator, "coordinator"));
        writer.WriteString("actor", e.Actor.Name);
        if (e.Actor.Agency is { } agency)
        {
            writer.WriteString("agency", agency.Code);
        }

        writer.WriteString("reason", e.Reason);
        switch (e)
        {
            case IncidentOpened opened:
                writer.WriteString("origin", opened.Origin);
                WriteDatum(writer, opened.Datum);
                WritePeople(writer, opened.People);
                break;
            case DatumMoved moved:
                WriteDatum(writer, moved.Datum);
                break;
            case HandoverOffered offered:
                writer.WriteString("from", CentreName(offered.From, "from"));
                writer.WriteString("to", CentreName(offered.To, "to"));
                writer.WriteString("deadline", DetectionRecordJson.FormatTime(offered.Deadline));
                break;
            case HandoverAccepted accepted:
                writer.WriteString("from", CentreName(accepted.From, "from"));
                writer.WriteString("to", CentreName(accepted.To, "to"));
                break;
            case HandoverDeclined declined:
                writer.WriteString("to", CentreName(declined.To, "to"));
                break;
            case HandoverOverdue overdue:
                writer.WriteString("to", CentreName(overdue.To, "to"));
                break;
            case CallRecorded call:
                WriteCall(writer, call);
                break;
            case MaydayRelayBroadcast relay:
                WriteCandidates(writer, relay.Candidates);
                break;
            case VesselCalled called:
                writer.WriteNumber("mmsi", CheckMmsi(called.Mmsi, "mmsi"));
                if (called.VesselName is { } name)
                {
                    writer.WriteString("name", name);
                }

                break;
            case VesselAnswered answered:
                writer.WriteNumber("mmsi", CheckMmsi(answered.Mmsi, "mmsi"));
                writer.WriteString("answer", answered.Answer);
                break;
            case ConsentRecorded consent:
                writer.WriteString("granting_state", StateName(consent.GrantingState, "granting_state"));
                writer.WriteString("asset", consent.AssetId);
                break;
            case AssetTasked tasked:
                writer.WriteString("asset", tasked.AssetId);
                writer.WriteString("asset_name", tasked.AssetName);
                writer.WriteString("asset_nation", StateName(tasked.AssetNation, "asset_nation"));
                writer.WriteString("task", Enum.IsDefined(tasked.Task)
                    ? AssetTaskTypes.ToName(tasked.Task)
                    : throw new ArgumentException("'task' is not one of the life-saving tasks.", nameof(e)));
                writer.WriteString("destination_waters", tasked.DestinationWaters == Nations.None ? "none" : StateName(tasked.DestinationWaters, "destination_waters"));
                writer.WriteNumber("eta_min", RoundNotNegative(tasked.EtaMinutes, MinutesDecimals, "eta_min"));
                break;
            case PeopleCounted counted:
                WritePeople(writer, counted.People);
                break;
            case ClosureRefused refused:
                WriteEvidence(writer, refused.Evidence);
                writer.WriteStartArray("conflicts");
                foreach (var conflict in refused.Conflicts)
                {
                    writer.WriteStringValue(conflict ?? throw new ArgumentException("'conflicts' holds a null.", nameof(e)));
                }

                writer.WriteEndArray();
                break;
            case IncidentClosed closed:
                WriteEvidence(writer, closed.Evidence);
                break;
            case SearchCompleted search:
                writer.WriteString("asset_name", search.AssetName);
                writer.WriteString("pattern", search.Pattern);
                writer.WriteStartArray("area");
                foreach (var corner in search.Area)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("lat", Round(corner.LatitudeDegrees, DegreesDecimals));
                    writer.WriteNumber("lon", Round(corner.LongitudeDegrees, DegreesDecimals));
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteNumber("pod", Round(search.ProbabilityOfDetection, ProbabilityDecimals));
                writer.WriteNumber("pos", Round(search.ProbabilityOfSuccess, ProbabilityDecimals));
                break;
            case NoteAdded note:
                if (note.Releasability is { } releasability)
                {
                    writer.WriteString("releasability", releasability.Label);
                }

                break;
            default:
                throw new ArgumentException($"The format has no '{e.Type}' event.", nameof(e));
        }

        writer.WriteEndObject();
    }

    private static void WriteDatum(Utf8JsonWriter writer, Datum datum)
    {
        writer.WriteStartObject("datum");
        writer.WriteNumber("lat", Round(datum.Position.LatitudeDegrees, DegreesDecimals));
        writer.WriteNumber("lon", Round(datum.Position.LongitudeDegrees, DegreesDecimals));
        writer.WriteString("time", DetectionRecordJson.FormatTime(datum.Time));
        writer.WriteNumber("sigma_m", Round(datum.SigmaMetres, MetresDecimals));
        writer.WriteString("basis", datum.Basis switch
        {
            DatumBasis.Report => "report",
            DatumBasis.Track => "track",
            DatumBasis.Drift => "drift",
            _ => throw new ArgumentException("'datum.basis' is not report, track or drift.", nameof(datum)),
        });
        if (datum.TrackId is { } track)
        {
            writer.WriteNumber("track", track >= 0 ? track : throw new ArgumentException("'datum.track' is negative.", nameof(datum)));
        }

        writer.WriteEndObject();
    }

    private static void WritePeople(Utf8JsonWriter writer, PeopleCount people)
    {
        writer.WriteStartObject("people");
        if (people.Aboard is { } aboard)
        {
            writer.WriteNumber("aboard", aboard);
        }

        writer.WriteNumber("rescued", people.Rescued);
        writer.WriteNumber("landed", people.Landed);
        writer.WriteNumber("missing", people.Missing);
        writer.WriteEndObject();
    }

    private static void WriteCall(Utf8JsonWriter writer, CallRecorded call)
    {
        writer.WriteString("reference", call.Reference);
        if (call.Caller is { } caller)
        {
            writer.WriteString("caller", caller);
        }

        if (call.Source is { } source)
        {
            writer.WriteString("source", source);
        }

        if (call.Position is { } position)
        {
            writer.WriteNumber("lat", Round(position.LatitudeDegrees, DegreesDecimals));
            writer.WriteNumber("lon", Round(position.LongitudeDegrees, DegreesDecimals));
        }

        if (call.People is { } people)
        {
            writer.WriteNumber("people", people >= 0 ? people : throw new ArgumentException("'people' is negative.", nameof(call)));
        }
    }

    private static void WriteCandidates(Utf8JsonWriter writer, IReadOnlyList<RelayCandidate> candidates)
    {
        writer.WriteStartArray("candidates");
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i] ?? throw new ArgumentException($"'candidates[{i}]' is null.", nameof(candidates));
            var path = $"candidates[{i}].";
            writer.WriteStartObject();
            writer.WriteNumber("mmsi", CheckMmsi(candidate.Mmsi, path + "mmsi"));
            if (candidate.Name is { } name)
            {
                writer.WriteString("name", name);
            }

            writer.WriteNumber("distance_m", RoundNotNegative(candidate.DistanceMetres, MetresDecimals, path + "distance_m"));
            writer.WriteNumber("eta_min", RoundNotNegative(candidate.EtaMinutes, MinutesDecimals, path + "eta_min"));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteEvidence(Utf8JsonWriter writer, RescueEvidence evidence)
    {
        writer.WriteStartObject("evidence");
        writer.WriteNumber("people", evidence.People);
        writer.WriteNumber("lat", Round(evidence.Place.LatitudeDegrees, DegreesDecimals));
        writer.WriteNumber("lon", Round(evidence.Place.LongitudeDegrees, DegreesDecimals));
        writer.WriteString("time", DetectionRecordJson.FormatTime(evidence.Time));
        writer.WriteBoolean("landed", evidence.Landed);
        if (evidence.Caller is { } caller)
        {
            writer.WriteString("caller", caller);
        }

        if (evidence.AssetId is { } asset)
        {
            writer.WriteString("asset", asset);
        }

        writer.WriteEndObject();
    }

    private static string CentreName(CoordinationCentre centre, string field) => Enum.IsDefined(centre)
        ? CoordinationCentres.ToName(centre)
        : throw new ArgumentException($"'{field}' is not a coordination centre.", nameof(centre));

    private static string StateName(Nations state, string field) => state switch
    {
        Nations.UnitedKingdom => "UK",
        Nations.France => "FR",
        _ => throw new ArgumentException($"'{field}' must be the United Kingdom or France.", nameof(state)),
    };

    private static int CheckMmsi(int mmsi, string field) => mmsi is >= 1 and <= Mmsi.MaxValue
        ? mmsi
        : throw new ArgumentException($"'{field}' is not an MMSI (1 to {Mmsi.MaxValue}).", nameof(mmsi));

    private static double RoundNotNegative(double value, int decimals, string field) => double.IsFinite(value) && value >= 0
        ? Round(value, decimals)
        : throw new ArgumentException($"'{field}' must be a finite number, not negative.", nameof(value));

    // The one rounding both ways, so reading what was written gives it back exactly; -0 becomes 0, which reads the same.
    // Values too large to hold the decimals are left as they are, which keeps rounding idempotent there too.
    private static double Round(double value, int decimals)
    {
        if (Math.Abs(value) * Math.Pow(10, decimals) >= ExactlyRounded)
        {
            return value;
        }

        var rounded = Math.Round(value, decimals);
        return rounded == 0 ? 0 : rounded;
    }

    private static DateTimeOffset TruncateToMilliseconds(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);

    private static IncidentEvent ReadEvent(JsonElement root)
    {
        var fields = Fields.Of(root, string.Empty);
        var time = fields.Time("time");
        var incidentText = fields.Text("incident");
        if (!IncidentId.TryParse(incidentText, out var incident))
        {
            throw fields.Invalid("incident", "must be an incident id such as INC-00042");
        }

        var type = fields.Text("event");
        var coordinator = fields.Centre("coordinator");
        var actor = ReadActor(fields);
        var reason = fields.Text("reason");
        IncidentEvent e = type switch
        {
            "incident-opened" => new IncidentOpened(incident, time, actor, reason, coordinator, fields.NonBlank("origin"),
                ReadDatum(fields.Object("datum")), ReadPeople(fields.Object("people"))),
            "datum-moved" => new DatumMoved(incident, time, actor, reason, coordinator, ReadDatum(fields.Object("datum"))),
            "handover-offered" => new HandoverOffered(incident, time, actor, reason, coordinator, fields.Centre("from"), fields.Centre("to"),
                fields.Time("deadline")),
            "handover-accepted" => new HandoverAccepted(incident, time, actor, reason, coordinator, fields.Centre("from"), fields.Centre("to")),
            "handover-declined" => new HandoverDeclined(incident, time, actor, reason, coordinator, fields.Centre("to")),
            "handover-overdue" => new HandoverOverdue(incident, time, actor, reason, coordinator, fields.Centre("to")),
            "call-recorded" => ReadCall(fields, incident, time, actor, reason, coordinator),
            "mayday-relay-broadcast" => new MaydayRelayBroadcast(incident, time, actor, reason, coordinator, ReadCandidates(fields)),
            "vessel-called" => new VesselCalled(incident, time, actor, reason, coordinator, fields.Mmsi("mmsi"), fields.OptionalText("name")),
            "vessel-answered" => new VesselAnswered(incident, time, actor, reason, coordinator, fields.Mmsi("mmsi"), fields.NonBlank("answer")),
            "consent-recorded" => new ConsentRecorded(incident, time, actor, reason, coordinator, fields.State("granting_state"), fields.NonBlank("asset")),
            "asset-tasked" => new AssetTasked(incident, time, actor, reason, coordinator, fields.NonBlank("asset"), fields.NonBlank("asset_name"),
                fields.State("asset_nation"), ReadTask(fields), ReadWaters(fields), fields.NotNegative("eta_min", MinutesDecimals)),
            "people-counted" => new PeopleCounted(incident, time, actor, reason, coordinator, ReadPeople(fields.Object("people"))),
            "closure-refused" => new ClosureRefused(incident, time, actor, reason, coordinator, ReadEvidence(fields.Object("evidence")),
                ReadConflicts(fields)),
            "incident-closed" => new IncidentClosed(incident, time, actor, reason, coordinator, ReadEvidence(fields.Object("evidence"))),
            "search-completed" => new SearchCompleted(incident, time, actor, reason, coordinator, fields.NonBlank("asset_name"), fields.NonBlank("pattern"),
                ReadArea(fields), fields.Probability("pod"), fields.Probability("pos")),
            "note-added" => new NoteAdded(incident, time, actor, reason, coordinator) { Releasability = ReadReleasability(fields) },
            _ => throw fields.Invalid("event", "must be an incident event type such as incident-opened or handover-offered"),
        };
        fields.RefuseOthers("a " + type + " event");
        return e;
    }

    private static Actor ReadActor(Fields fields)
    {
        var name = fields.NonBlank("actor");
        if (fields.OptionalText("agency") is not { } code)
        {
            return name == Actor.System.Name ? Actor.System : new Actor(name, null);
        }

        if (!AgencyId.TryParse(code, out var agency) || Agencies.Find(agency) is null)
        {
            throw fields.Invalid("agency", "must be the code of a known agency, such as uk-hmcg or fr-cross-gris-nez");
        }

        return new Actor(name, agency);
    }

    private static Datum ReadDatum(Fields datum)
    {
        var position = datum.Position("lat", "lon");
        var time = datum.Time("time");
        var sigma = datum.NotNegative("sigma_m", MetresDecimals);
        var basis = datum.Text("basis") switch
        {
            "report" => DatumBasis.Report,
            "track" => DatumBasis.Track,
            "drift" => DatumBasis.Drift,
            _ => throw datum.Invalid("basis", "must be report, track or drift"),
        };
        long? track = null;
        if (datum.Optional("track") is { } trackElement)
        {
            track = trackElement.ValueKind == JsonValueKind.Number && trackElement.TryGetInt64(out var value) && value >= 0
                ? value
                : throw datum.Invalid("track", "must be a track number, a whole number not negative");
        }

        datum.RefuseOthers("a datum");
        return new Datum(position, time, sigma, basis, track);
    }

    private static PeopleCount ReadPeople(Fields people)
    {
        int? aboard = people.Optional("aboard") is { } aboardElement ? people.Count(aboardElement, "aboard", 0) : null;
        var count = new PeopleCount(aboard, people.Count("rescued", 0), people.Count("landed", 0), people.Count("missing", 0));
        people.RefuseOthers("a people count");
        return count;
    }

    private static RescueEvidence ReadEvidence(Fields evidence)
    {
        var people = evidence.Count("people", 1);
        var place = evidence.Position("lat", "lon");
        var time = evidence.Time("time");
        var landed = evidence.Boolean("landed");
        var caller = evidence.Optional("caller") is not null ? evidence.NonBlank("caller") : null;
        var asset = evidence.Optional("asset") is not null ? evidence.NonBlank("asset") : null;
        evidence.RefuseOthers("the evidence");
        return new RescueEvidence(people, place, time, landed, caller, asset);
    }

    private static CallRecorded ReadCall(Fields fields, IncidentId incident, DateTimeOffset time, Actor actor, string reason, CoordinationCentre coordinator)
    {
        var reference = fields.NonBlank("reference");
        var caller = fields.OptionalText("caller");
        var source = fields.OptionalText("source");
        var hasLat = fields.Optional("lat") is not null;
        var hasLon = fields.Optional("lon") is not null;
        if (hasLat != hasLon)
        {
            throw fields.Missing(hasLat ? "lon" : "lat", ": a position needs both 'lat' and 'lon'");
        }

        GeoPosition? position = hasLat ? fields.Position("lat", "lon") : null;
        int? people = fields.Optional("people") is { } peopleElement ? fields.Count(peopleElement, "people", 0) : null;
        return new CallRecorded(incident, time, actor, reason, coordinator, reference, caller, source, position, people);
    }

    private static GeoPosition[] ReadArea(Fields fields)
    {
        var array = fields.Array("area");
        if (array.GetArrayLength() < 3)
        {
            throw fields.Invalid("area", "must hold at least three positions");
        }

        var area = new GeoPosition[array.GetArrayLength()];
        var i = 0;
        foreach (var element in array.EnumerateArray())
        {
            var corner = Fields.Of(element, $"area[{i}].");
            area[i++] = corner.Position("lat", "lon");
            corner.RefuseOthers("a position");
        }

        return area;
    }

    private static RelayCandidate[] ReadCandidates(Fields fields)
    {
        var array = fields.Array("candidates");
        var candidates = new RelayCandidate[array.GetArrayLength()];
        var i = 0;
        foreach (var element in array.EnumerateArray())
        {
            var candidate = Fields.Of(element, $"candidates[{i}].");
            var mmsi = candidate.Mmsi("mmsi");
            var name = candidate.OptionalText("name");
            var distance = candidate.NotNegative("distance_m", MetresDecimals);
            var eta = candidate.NotNegative("eta_min", MinutesDecimals);
            candidate.RefuseOthers("a relay candidate");
            candidates[i++] = new RelayCandidate(mmsi, name, distance, eta);
        }

        return candidates;
    }

    private static string[] ReadConflicts(Fields fields)
    {
        var array = fields.Array("conflicts");
        var conflicts = new string[array.GetArrayLength()];
        var i = 0;
        foreach (var element in array.EnumerateArray())
        {
            conflicts[i] = Fields.TextOf(element, $"conflicts[{i}]");
            i++;
        }

        return conflicts;
    }

    private static AssetTaskType ReadTask(Fields fields) =>
        AssetTaskTypes.Parse(fields.Text("task")) is { } task
            ? task
            : throw fields.Invalid("task", $"must be one of the life-saving tasks: {string.Join(", ", AssetTaskTypes.All)}");

    private static Nations ReadWaters(Fields fields) => fields.Text("destination_waters") switch
    {
        "UK" => Nations.UnitedKingdom,
        "FR" => Nations.France,
        "none" => Nations.None,
        _ => throw fields.Invalid("destination_waters", "must be UK, FR or none"),
    };

    private static string Describe(JsonException ex)
    {
        // The parser's first sentence, and the position as one number.
        var message = ex.Message;
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        var text = (cut >= 0 ? message[..cut] : message).TrimEnd('.');
        if (text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]))
        {
            text = char.ToLowerInvariant(text[0]) + text[1..];
        }

        return ex.BytePositionInLine is { } at ? string.Create(CultureInfo.InvariantCulture, $"{text}, at byte {at}") : text;
    }

    // A field name from the input, made safe for a one-line message.
    private static string Shown(string name)
    {
        var cut = name.Length > ShownNameLength && char.IsHighSurrogate(name[ShownNameLength - 1]) ? ShownNameLength - 1 : ShownNameLength;
        var shown = name.Length <= ShownNameLength ? name : name[..cut] + "…";
        return string.Create(shown.Length, shown, (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                span[i] = char.IsControl(text[i]) ? '?' : text[i];
            }
        });
    }

    private static Core.Sharing.Releasability? ReadReleasability(Fields fields) =>
        fields.OptionalText("releasability") is not { } label ? null
        : Core.Sharing.Releasability.TryParse(label, out var releasability, out var error) ? releasability
        : throw fields.Invalid("releasability", "must be a releasability label such as UK+FR or UK: " + error.TrimEnd('.'));

    /// <summary>One JSON object being read: its fields, the path that names them in messages, and which were read, so
    /// that any other field is refused.</summary>
    private sealed class Fields
    {
        private readonly JsonElement _object;
        private readonly string _path;
        private readonly HashSet<string> _read = new(StringComparer.Ordinal);

        private Fields(JsonElement element, string path)
        {
            _object = element;
            _path = path;
        }

        public static Fields Of(JsonElement element, string path) => element.ValueKind == JsonValueKind.Object
            ? new Fields(element, path)
            : throw new InvalidDataException(path.Length == 0 ? "The line must be a JSON object." : $"'{path.TrimEnd('.')}' must be an object.");

        public static string TextOf(JsonElement element, string name)
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                throw new InvalidDataException($"'{name}' must be text.");
            }

            try
            {
                return element.GetString()!;
            }
            catch (InvalidOperationException ex)
            {
                throw new InvalidDataException($"'{name}' is not valid text.", ex);
            }
        }

        public InvalidDataException Invalid(string field, string rule) => new($"'{_path}{field}' {rule}.");

        public InvalidDataException Missing(string field, string why = "") => new($"'{_path}{field}' is missing{why}.");

        public JsonElement? Optional(string field)
        {
            _read.Add(field);
            if (!_object.TryGetProperty(field, out var value))
            {
                return null;
            }

            return value.ValueKind != JsonValueKind.Null
                ? value
                : throw new InvalidDataException($"'{_path}{field}' must not be null: a value that is not known is left out.");
        }

        public JsonElement Required(string field) => Optional(field) ?? throw Missing(field);

        public string Text(string field) => TextOf(Required(field), _path + field);

        public string NonBlank(string field)
        {
            var text = Text(field);
            return !string.IsNullOrWhiteSpace(text) ? text : throw Invalid(field, "must not be blank");
        }

        public string? OptionalText(string field) => Optional(field) is { } value ? TextOf(value, _path + field) : null;

        public Fields Object(string field) => Of(Required(field), _path + field + ".");

        public JsonElement Array(string field)
        {
            var value = Required(field);
            return value.ValueKind == JsonValueKind.Array ? value : throw Invalid(field, "must be an array");
        }

        public bool Boolean(string field) => Required(field).ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Invalid(field, "must be true or false"),
        };

        public DateTimeOffset Time(string field) =>
            DateTimeOffset.TryParseExact(Text(field), TimeFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
                ? TruncateToMilliseconds(time)
                : throw Invalid(field, "must be a UTC time such as 2021-11-24T01:02:03.456Z");

        public CoordinationCentre Centre(string field) =>
            CoordinationCentres.Parse(Text(field)) ?? throw Invalid(field, "must be hmcg-dover or cross-gris-nez");

        public Nations State(string field) => Text(field) switch
        {
            "UK" => Nations.UnitedKingdom,
            "FR" => Nations.France,
            _ => throw Invalid(field, "must be UK or FR"),
        };

        public double Number(string field)
        {
            var value = Required(field);
            return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number)
                ? number
                : throw Invalid(field, "must be a number");
        }

        public double Probability(string field)
        {
            var number = Number(field);
            return number is >= 0 and <= 1 ? Round(number, ProbabilityDecimals) : throw Invalid(field, "must be a probability from 0 to 1");
        }

        public double NotNegative(string field, int decimals)
        {
            var number = Number(field);
            return number >= 0 ? Round(number, decimals) : throw Invalid(field, "must not be negative");
        }

        public GeoPosition Position(string latField, string lonField)
        {
            var lat = Number(latField);
            if (!GeoPosition.IsValidLatitude(lat))
            {
                throw Invalid(latField, "must be a latitude between -90 and 90 degrees");
            }

            var lon = Number(lonField);
            if (!GeoPosition.IsValidLongitude(lon))
            {
                throw Invalid(lonField, "must be a longitude between -180 and 180 degrees");
            }

            return GeoPosition.FromDegrees(Round(lat, DegreesDecimals), Round(lon, DegreesDecimals));
        }

        public int Count(string field, int minimum) => Count(Required(field), field, minimum);

        public int Count(JsonElement value, string field, int minimum) =>
            value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var count) && count >= minimum
                ? count
                : throw Invalid(field, minimum == 0 ? "must be a whole number of people, not negative" : "must be a whole number of people, at least 1");

        public int Mmsi(string field)
        {
            var value = Required(field);
            return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var mmsi) && mmsi is >= 1 and <= MaxMmsi
                ? mmsi
                : throw Invalid(field, "must be an MMSI, a whole number from 1 to 999999999");
        }

        public void RefuseOthers(string what)
        {
            foreach (var property in _object.EnumerateObject())
            {
                if (!_read.Contains(property.Name))
                {
                    throw new InvalidDataException($"'{_path}{Shown(property.Name)}' is not a field of {what}.");
                }
            }
        }
    }
}
