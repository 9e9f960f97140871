using System.Net.Http.Json;
using System.Text.Json;

namespace Entente.Browser.Tests;

/// <summary>An alert raised on the real server shows in the list and is acknowledged with its button.</summary>
public sealed class AlertPanelTests(IncidentNightServer server) : IClassFixture<IncidentNightServer>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task RaisedAlert_IsAcknowledgedWithItsButton_AndTheServerRecordsIt()
    {
        // Signed in as the French watch officer: the acknowledgement is recorded in their name.
        await using var session = await PageSession.OpenAsync(server, "fr.watch");
        var page = session.Page;

        await session.WaitForAsync("() => document.querySelector('button.alert__ack') !== null", TimeSpan.FromSeconds(90), "a raised alert");
        await session.ScreenshotAsync("alert-raised.png");
        var button = page.Locator("button.alert__ack").First;
        var number = await button.GetAttributeAsync("data-number");
        Assert.NotNull(number);

        // Keyboard, as a watch officer may: focus the button and press Enter.
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await session.WaitForAsync($"() => document.querySelector('li.alert[data-number=\"{number}\"][data-status=\"acknowledged\"]') !== null",
            TimeSpan.FromSeconds(20), $"alert {number} shown acknowledged");
        await session.ScreenshotAsync("alert-acknowledged.png");

        using var http = server.SignedInClient();
        var alerts = await http.GetFromJsonAsync<List<JsonElement>>("api/alerts", Json, TestContext.Current.CancellationToken);
        var alert = alerts!.Single(a => a.GetProperty("number").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture) == number);
        Assert.Equal("acknowledged", alert.GetProperty("status").GetString());
        Assert.Contains("fr.watch", alert.GetProperty("acknowledgedBy").GetString(), StringComparison.Ordinal);
        Assert.Empty(session.ConsoleErrors);
    }
}
