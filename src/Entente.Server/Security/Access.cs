using Entente.Core.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Entente.Server.Security;

/// <summary>
/// Who may call what, by role. Every endpoint needs a signed-in user unless it says otherwise (only /health and
/// signing in do); these named policies narrow that by role. Which centre may act on an incident, and which state
/// must consent, the incident itself decides: a role lets a user ask, never act for the other centre.
/// </summary>
internal static class Access
{
    /// <summary>Read the picture, incidents, statistics: every person; not feed clients.</summary>
    public const string ReadPicture = "read-picture";

    /// <summary>Acknowledge and resolve alerts: watch officers and SAR mission coordinators.</summary>
    public const string ActOnAlerts = "act-on-alerts";

    /// <summary>Coordinate an incident (handover, tasking, closure, MAYDAY RELAY, search planning): SAR mission coordinators.</summary>
    public const string CoordinateIncident = "coordinate-incident";

    /// <summary>Record a state's consent to the other's asset in its waters: watch officers and coordinators (of that state:
    /// the incident checks the nation).</summary>
    public const string GrantConsent = "grant-consent";

    /// <summary>Work an incident (call vessels, record answers, count people, record searches): watch officers and coordinators.</summary>
    public const string WorkIncident = "work-incident";

    /// <summary>Add a note to an incident's log: watch officers, coordinators and liaison officers.</summary>
    public const string NoteIncident = "note-incident";

    /// <summary>Report how a crossing ended: watch officers, coordinators, and feed clients (reports from assets).</summary>
    public const string ReportOutcome = "report-outcome";

    /// <summary>Write intelligence notes and change their labels: analysts, liaison officers and administrators.</summary>
    public const string WriteIntelligence = "write-intelligence";

    /// <summary>Send detections to the HTTP feed: feed clients and administrators.</summary>
    public const string SendDetections = "send-detections";

    /// <summary>The roles each policy admits.</summary>
    public static IReadOnlyDictionary<string, Role[]> RolesOf { get; } = new Dictionary<string, Role[]>(StringComparer.Ordinal)
    {
        [ReadPicture] = [Role.WatchOfficer, Role.SarMissionCoordinator, Role.LiaisonOfficer, Role.Analyst, Role.Administrator],
        [ActOnAlerts] = [Role.WatchOfficer, Role.SarMissionCoordinator],
        [CoordinateIncident] = [Role.SarMissionCoordinator],
        [GrantConsent] = [Role.WatchOfficer, Role.SarMissionCoordinator],
        [WorkIncident] = [Role.WatchOfficer, Role.SarMissionCoordinator],
        [NoteIncident] = [Role.WatchOfficer, Role.SarMissionCoordinator, Role.LiaisonOfficer],
        [ReportOutcome] = [Role.WatchOfficer, Role.SarMissionCoordinator, Role.FeedClient],
        [WriteIntelligence] = [Role.Analyst, Role.LiaisonOfficer, Role.Administrator],
        [SendDetections] = [Role.FeedClient, Role.Administrator],
    };

    /// <summary>Adds the policies, and the fallback that every other endpoint needs a signed-in user.</summary>
    /// <param name="options">The authorization options.</param>
    public static void AddPolicies(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        foreach (var (name, roles) in RolesOf)
        {
            options.AddPolicy(name, policy => policy.RequireAuthenticatedUser().RequireRole(roles.Select(Roles.ToName)));
        }
    }
}
