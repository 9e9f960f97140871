using System.Text.Json;
using Entente.Server.Picture;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Server.Apis;

/// <summary>The sensors: where they are, how far they reach, and whether they are being heard.</summary>
public static class SensorsApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The same builder.</returns>
    public static IEndpointRouteBuilder MapSensorsApi(this IEndpointRouteBuilder app)
    {
        var sensors = app.MapGroup("/api/sensors").WithTags("Sensors");
        sensors.MapGet("/", (SensorRegistry registry, LivePicture picture) => TypedResults.Ok(registry.Describe(picture.Now))).WithName("ListSensors")
            .WithSummary("The sensors with their status: live (heard within 2 minutes of picture time), silent or unheard.");
        sensors.MapGet("/coverage", Coverage).WithName("GetSensorCoverage").WithSummary("Each sensor's coverage as a GeoJSON polygon.");
        return app;
    }

    private static FileContentHttpResult Coverage(SensorRegistry registry, LivePicture picture)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            SensorRegistry.WriteCoverage(writer, registry.Describe(picture.Now));
        }

        return TypedResults.File(buffer.WrittenMemory.ToArray(), "application/geo+json");
    }
}
