using System.Text.Json;
using Entente.Core.Identifiers;
using Entente.Incidents.Events;
using Entente.Incidents.Incidents;
using Entente.Incidents.Output;

namespace Entente.Cli.Commands;

/// <summary>Rebuilds one incident from an <c>incidents.jsonl</c> (docs/formats/incidents.md) for <c>sar plan</c>: its
/// lines are read, other incidents' lines are passed over, and a line that cannot be read is refused naming its number.</summary>
internal static class SarIncidentFile
{
    public static SarIncident Read(string path, string idText)
    {
        if (!IncidentId.TryParse(idText, out var id))
        {
            throw new CommandInputException($"--incident {idText} is not an incident id: give INC- and its number, e.g. INC-00001.");
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CommandInputException($"--incidents {path}: {SimCommands.OneLine(ex.Message)}", ex);
        }

        var events = new List<IncidentEvent>();
        var others = new SortedSet<IncidentId>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            if (!IncidentEventJson.TryRead(lines[i], out var e, out var error))
            {
                // Another incident's line is none of this plan's business, readable or not.
                if (IncidentOf(lines[i]) is { } other && other != id)
                {
                    others.Add(other);
                    continue;
                }

                throw new CommandInputException($"--incidents {path} line {i + 1}: {SimCommands.OneLine(error)}");
            }

            if (e.Incident == id)
            {
                events.Add(e);
            }
            else
            {
                others.Add(e.Incident);
            }
        }

        if (events.Count == 0)
        {
            var held = others.Count == 0 ? "it holds no incidents" : $"it holds {string.Join(", ", others)}";
            throw new CommandInputException($"--incident {id}: no such incident in {path} ({held}).");
        }

        try
        {
            return SarIncident.FromLog(events);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            throw new CommandInputException($"--incidents {path}: {id}'s events do not make an incident: {SimCommands.OneLine(ex.Message)}", ex);
        }
    }

    private static IncidentId? IncidentOf(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("incident", out var incident)
                && incident.ValueKind == JsonValueKind.String
                && IncidentId.TryParse(incident.GetString(), out var id)
                ? id
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
