namespace Entente.Browser.Tests;

/// <summary>An incident opened on the real server shows in the list; its panel opens with its log and its drift.</summary>
public sealed class IncidentPanelTests(IncidentNightServer server) : IClassFixture<IncidentNightServer>
{
    [Fact]
    public async Task Incident_OpensWithItsLogAndDrift()
    {
        await using var session = await PageSession.OpenAsync(server);
        var page = session.Page;
        await session.WaitForAsync("() => document.querySelector('button.incident__main') !== null", TimeSpan.FromSeconds(120), "an incident in the list");
        await session.ScreenshotAsync("incident-list.png");

        await page.Locator("button.incident__main").First.ClickAsync();
        await session.WaitForAsync("() => document.querySelector('#incident')?.dataset.state === 'ready'", TimeSpan.FromSeconds(20), "the incident panel");
        await session.WaitForAsync("() => document.querySelectorAll('.incident-panel__log tbody tr').length > 0", TimeSpan.FromSeconds(20), "log entries");

        Assert.Equal("CROSS Gris-Nez", await page.TextContentAsync("#incident [data-field=coordinator]"));
        Assert.Contains(await page.Locator(".incident-panel__log tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.type)"),
            type => type == "incident-opened");
        await session.WaitForAsync("() => (window.entente.overlayCounts()['drift:containment'] ?? 0) > 0", TimeSpan.FromSeconds(20),
            "the drift's containment areas on the map");
        await session.ScreenshotAsync("incident-panel.png");

        // Back to the list with the keyboard.
        await page.Locator("#incident button[data-focus=back]").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        Assert.True(await page.IsVisibleAsync("button.incident__main"), "the list shows again");
        Assert.Equal(0, await page.EvaluateAsync<int>("() => Object.keys(window.entente.overlayCounts()).length"));
    }

    [Fact]
    public async Task MaydayRelay_FromThePanel_IsRefusedToOtherCentres_AndRecordedForTheCoordinator()
    {
        string id, coordinator;
        await using (var first = await PageSession.OpenAsync(server))
        {
            await first.WaitForAsync("() => document.querySelector('button.incident__main') !== null", TimeSpan.FromSeconds(120), "an incident in the list");
            id = (await first.Page.Locator("button.incident__main").First.GetAttributeAsync("data-id"))!;
            await first.Page.EvaluateAsync("id => window.entente.openIncident(id)", id);
            coordinator = (await first.Page.TextContentAsync("#incident [data-field=coordinator]"))!;
            Assert.Empty(first.ConsoleErrors);
        }

        var (coordinating, other) = coordinator == "CROSS Gris-Nez" ? ("fr.watch", "uk.watch") : ("uk.watch", "fr.watch");

        // Another centre's officer: the server refuses, and the page shows why (the ProblemDetails detail).
        await using (var refused = await PageSession.OpenAsync(server, other))
        {
            await refused.Page.EvaluateAsync("id => window.entente.openIncident(id)", id);
            await refused.Page.ClickAsync("#incident button[data-focus=mayday]");
            await refused.WaitForAsync("() => document.querySelector('#incident .panel__feedback[data-error=true]')?.textContent.length > 0",
                TimeSpan.FromSeconds(20), "the refusal shown");
            await refused.ScreenshotAsync("incident-refused.png");
        }

        await using var session = await PageSession.OpenAsync(server, coordinating);
        var page = session.Page;
        await page.EvaluateAsync("id => window.entente.openIncident(id)", id);
        await page.ClickAsync("#incident button[data-focus=mayday]");
        await session.WaitForAsync("() => document.querySelector('.incident-panel__log tr[data-type=\"mayday-relay-broadcast\"]') !== null",
            TimeSpan.FromSeconds(20), "the MAYDAY RELAY in the log");
        await session.ScreenshotAsync("incident-mayday.png");
        Assert.Equal("false", await page.GetAttributeAsync("#incident .panel__feedback", "data-error"));
    }
}
