using Entente.Geo.Geography;
using Entente.Server.Apis;
using Entente.Server.Feeds;
using Entente.Server.Picture;
using Entente.Server.Security;
using Entente.Server.Streaming;
using Entente.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Entente.Server.Hosting;

/// <summary>Builds the Entente web application: services, database migration, endpoints and the map page.</summary>
public static class EntenteServer
{
    /// <summary>Creates the application with its database migrated, ready to run.</summary>
    /// <param name="args">Command-line arguments (any configuration key, e.g. --Urls or --Storage:Provider).</param>
    /// <param name="configure">Extra configuration applied last (tests use it).</param>
    /// <returns>The application, not yet started.</returns>
    public static async Task<WebApplication> CreateAsync(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // The page is built into the output directory (see the project file), wherever the server is started from.
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        builder.Services.AddEntente();
        // The server's own body limit, for bodies that declare no length; the feed raises it for its requests.
        builder.WebHost.ConfigureKestrel((context, kestrel) => kestrel.Limits.MaxRequestBodySize = SecurityOptions.Read(context.Configuration).MaxRequestBodyBytes);
        configure?.Invoke(builder);

        var app = builder.Build();
        await app.Services.GetRequiredService<IDatabase>().MigrateAsync(app.Lifetime.ApplicationStopping).ConfigureAwait(false);
        await EnsureDemoUsersAsync(app).ConfigureAwait(false);
        app.UseEntente();
        app.Lifetime.ApplicationStarted.Register(() => AnnounceAddresses(app));
        return app;
    }

    /// <summary>Registers Entente's services.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddEntente(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        // Options are read when first resolved, so that configuration added after registration (tests) is seen.
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection("Storage").Get<StorageOptions>() ?? new StorageOptions());
        services.AddSingleton(sp => DatabaseFactory.Create(sp.GetRequiredService<StorageOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp =>
            sp.GetRequiredService<IConfiguration>().GetSection("Geography").Get<ChannelGeographyOptions>() ?? new ChannelGeographyOptions());
        services.AddSingleton(sp => ChannelGeography.Load(sp.GetRequiredService<ChannelGeographyOptions>()));
        services.AddSingleton(sp => SimulationFeedOptions.Read(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<EventJournal>();
        services.AddHttpContextAccessor();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<LiveView>();
        services.AddSingleton<SensorRegistry>();
        services.AddSingleton<SearchPlans>();
        services.AddSingleton<PictureBroadcaster>();
        services.AddHostedService(sp => sp.GetRequiredService<PictureBroadcaster>());
        services.AddSingleton<LivePicture>();
        services.AddSingleton<AssetRegistry>();
        services.AddSingleton<SimulationFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<SimulationFeed>());
        services.AddSingleton(sp => RealFeedOptions.Read(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<RealFeeds>();
        services.AddHostedService(sp => sp.GetRequiredService<RealFeeds>());
        services.AddEntenteAuthentication();
        services.AddEntenteRateLimiter();
        services.AddProblemDetails();
        services.AddOpenApi();
        return services;
    }

    /// <summary>Adds the middleware and endpoints.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The same application.</returns>
    public static WebApplication UseEntente(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSecurityHeaders();
        // A request the framework cannot bind (bad JSON, a body of the wrong shape) is the caller's fault: 400, not 500.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        // After authentication, so that the limiter counts each user apart.
        app.UseRateLimiter();
        app.UseRequestBodyLimit();
        app.MapOpenApi();
        app.MapHealthApi();
        app.MapSessionApi();
        app.MapFeedIngestApi();
        app.MapOutcomesApi();
        // What people read and do: every endpoint here needs a person's role (feed clients only send), and actions
        // add their own narrower policy.
        var people = app.MapGroup("").RequireAuthorization(Access.ReadPicture);
        people.MapIntelligenceApi();
        // Reads of the picture that return restricted data are on the record (intelligence notes record their own).
        var picture = people.MapGroup("").AddEndpointFilter(RestrictedReads.AuditAsync);
        picture.MapGeographyApi();
        picture.MapFeedApi();
        picture.MapAlertsApi();
        picture.MapIncidentsApi();
        picture.MapIncidentSearchApi();
        picture.MapTracksApi();
        picture.MapDetectionsApi();
        picture.MapSensorsApi();
        picture.MapPictureApi();
        picture.MapStreamApi();
        picture.MapOfficialStatisticsApi();
        picture.MapOperationalStatisticsApi();
        return app;
    }

    private static async Task EnsureDemoUsersAsync(WebApplication app)
    {
        var configured = app.Configuration["Security:DemoUsers"];
        var wanted = bool.TryParse(configured, out var demo) ? demo : app.Services.GetRequiredService<SimulationFeedOptions>().Enabled == true;
        var storage = app.Services.GetRequiredService<StorageOptions>();
        var password = await DemoUsers.EnsureAsync(app.Services.GetRequiredService<IDatabase>(), storage, wanted,
            app.Services.GetRequiredService<TimeProvider>(), app.Lifetime.ApplicationStopping).ConfigureAwait(false);
        if (password is not null)
        {
            LogMessages.DemoUsers(app.Logger, string.Join(", ", DemoUsers.Accounts.Select(a => a.Name)), password,
                Path.Combine(storage.ResolveDataDirectory(), DemoUsers.FileName));
        }
    }

    private static void AnnounceAddresses(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var storage = app.Services.GetRequiredService<StorageOptions>();
        var location = storage.Provider == StorageProvider.Sqlite && string.IsNullOrWhiteSpace(storage.ConnectionString)
            ? Path.Combine(storage.ResolveDataDirectory(), DatabaseFactory.DefaultSqliteFileName)
            : "(connection string from configuration)";
        LogMessages.Storage(app.Logger, storage.Provider, location);
        foreach (var address in addresses)
        {
            LogMessages.Listening(app.Logger, address);
        }
    }
}
