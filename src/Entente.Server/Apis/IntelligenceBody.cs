using System.Text.Json;
using Entente.Core.Identifiers;
using Entente.Core.Sharing;
using Entente.Storage.Intelligence;

namespace Entente.Server.Apis;

/// <summary>
/// Reads the bodies of the intelligence endpoints strictly, field by field, so that every mistake gets its own message
/// (a field of the wrong type, an unknown field, a text too long) instead of the binder's generic one; a misspelt field
/// is refused rather than ignored.
/// </summary>
internal static class IntelligenceBody
{
    /// <summary>The most characters of a title.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>The most characters of a note's text.</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>The most tracks, and the most incidents, one note may name.</summary>
    public const int MaxLinks = 50;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 8 };

    private static readonly string[] NoteFields = ["subject", "title", "text", "releasability", "tracks", "incidents"];

    /// <summary>A note's fields, checked.</summary>
    /// <param name="Subject">The subject.</param>
    /// <param name="Title">The title.</param>
    /// <param name="Text">The text.</param>
    /// <param name="Releasability">The label.</param>
    /// <param name="Tracks">The tracks.</param>
    /// <param name="Incidents">The incidents.</param>
    public sealed record Note(IntelligenceSubject Subject, string Title, string Text, Releasability Releasability, IReadOnlyList<long> Tracks,
        IReadOnlyList<string> Incidents);

    /// <summary>Parses a JSON body into an object.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The object, or why it is not one.</returns>
    public static async Task<(JsonDocument? Document, string? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return (null, "Send the body as application/json.");
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, Options, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            return (null, $"The body is not valid JSON: {ex.Message}");
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            return (null, "The body must be a JSON object.");
        }

        return (document, null);
    }

    /// <summary>A new note's fields.</summary>
    /// <param name="root">The body.</param>
    /// <returns>The note, or why it is not valid.</returns>
    public static (Note? Note, string? Error) ReadNote(JsonElement root)
    {
        if (Unknown(root, NoteFields) is { } unknown)
        {
            return (null, unknown);
        }

        if (!Text(root, "subject", out var subjectName) || IntelligenceSubjects.Parse(subjectName) is not { } subject)
        {
            return (null, $"subject must be one of: {string.Join(", ", Enum.GetValues<IntelligenceSubject>().Select(IntelligenceSubjects.ToName))}.");
        }

        if (!Text(root, "title", out var title) || string.IsNullOrWhiteSpace(title) || title.Length > MaxTitleLength)
        {
            return (null, $"title must be text of 1 to {MaxTitleLength} characters, not blank.");
        }

        if (!Text(root, "text", out var text) || string.IsNullOrWhiteSpace(text) || text.Length > MaxTextLength)
        {
            return (null, $"text must be text of 1 to 20,000 characters, not blank.");
        }

        var releasability = Releasability.OriginatorOnly;
        if (root.TryGetProperty("releasability", out _) && Label(root, out releasability) is { } labelError)
        {
            return (null, labelError);
        }

        if (!Array(root, "tracks", out var trackElements))
        {
            return (null, $"tracks must be an array of at most {MaxLinks} track numbers.");
        }

        var tracks = new List<long>();
        foreach (var element in trackElements)
        {
            if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt64(out var track) || track < 0)
            {
                return (null, $"tracks must be an array of at most {MaxLinks} track numbers (whole numbers, not negative).");
            }

            tracks.Add(track);
        }

        if (!Array(root, "incidents", out var incidentElements))
        {
            return (null, $"incidents must be an array of at most {MaxLinks} incident ids like INC-00007.");
        }

        var incidents = new List<string>();
        foreach (var element in incidentElements)
        {
            if (element.ValueKind != JsonValueKind.String || !IncidentId.TryParse(element.GetString(), out var incident))
            {
                return (null, $"incidents must be an array of at most {MaxLinks} incident ids like INC-00007.");
            }

            incidents.Add(incident.ToString());
        }

        return (new Note(subject, title, text, releasability, tracks, incidents), null);
    }

    /// <summary>A relabel's new label.</summary>
    /// <param name="root">The body.</param>
    /// <returns>The label, or why it is not valid.</returns>
    public static (Releasability? Releasability, string? Error) ReadLabel(JsonElement root)
    {
        if (Unknown(root, ["releasability"]) is { } unknown)
        {
            return (null, unknown);
        }

        return Label(root, out var releasability) is { } error ? (null, error) : (releasability, null);
    }

    // A label of known nations and agencies only: a misspelt agency code would otherwise release the note to nobody.
    private static string? Label(JsonElement root, out Releasability releasability)
    {
        releasability = Releasability.OriginatorOnly;
        if (!Text(root, "releasability", out var label))
        {
            return "releasability must be a label such as UK+FR, UK, FR+uk-liaison or ORIGINATOR.";
        }

        if (!Releasability.TryParse(label, out releasability, out var error))
        {
            return error;
        }

        return releasability.Agencies.FirstOrDefault(a => Agencies.Find(a) is null) is { Code.Length: > 0 } stranger
            ? $"'{stranger.Code}' in releasability label '{label}' is not a known agency."
            : null;
    }

    private static string? Unknown(JsonElement root, string[] known) =>
        root.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => !known.Contains(n, StringComparer.Ordinal)) is { } name
            ? $"'{(name.Length > 40 ? name[..40] + "…" : name)}' is not a field of this request; the fields are: {string.Join(", ", known)}."
            : null;

    private static bool Text(JsonElement root, string name, out string text)
    {
        text = string.Empty;
        if (!root.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        text = value.GetString()!;
        return true;
    }

    // Absent or null: empty. Otherwise an array of at most MaxLinks.
    private static bool Array(JsonElement root, string name, out List<JsonElement> elements)
    {
        elements = [];
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() > MaxLinks)
        {
            return false;
        }

        elements = [.. value.EnumerateArray()];
        return true;
    }
}
