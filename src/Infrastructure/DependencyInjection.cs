using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Identity;
using Npgsql;
using OneStop.Infrastructure.Identity;
using OneStop.Infrastructure.Identity.External;
using OneStop.Application.Common.Interfaces;
using OneStop.Infrastructure.Data;
using OneStop.Infrastructure.Data.Interceptors;
using OneStop.Application.Common.Files;
using OneStop.Application.Common.Idempotency;
using OneStop.Application.Common.Printing;
using OneStop.Infrastructure.Calendar;
using OneStop.Infrastructure.Dossiers;
using OneStop.Infrastructure.Feedbacks;
using OneStop.Infrastructure.Security;
using OneStop.Infrastructure.Files;
using OneStop.Infrastructure.Idempotency;
using OneStop.Infrastructure.Printing;

namespace OneStop.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructureServices(this IServiceCollection services, string connectionString)
    {
        // Contexts come from a pool: building one (its options and EF Core's services for it) costs more than many a
        // request's own work. A request's scope leases one, which publishes domain events to the scope's handlers, and
        // gives it back, state cleared, when the scope ends (once, however many services resolved it).
        services.AddSingleton<DispatchDomainEventsInterceptor>();
        services.AddDbContextPool<ApplicationDbContext>((provider, options) =>
        {
            ConfigureDbContext(options, connectionString);
            options.AddInterceptors(provider.GetRequiredService<DispatchDomainEventsInterceptor>());
        });
        var leased = services.Single(d => d.ServiceType == typeof(ApplicationDbContext));
        services.Remove(leased);
        services.AddScoped(provider =>
        {
            var db = (ApplicationDbContext)leased.ImplementationFactory!(provider);
            db.Publisher = provider.GetRequiredService<IPublisher>();
            return db;
        });
        services.AddScoped<IApplicationDbContext>(provider => provider.GetRequiredService<ApplicationDbContext>());
        services.AddScoped<ApplicationDbContextInitialiser>();
        services.AddSingleton<TimeProvider, MicrosecondTimeProvider>();
        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<ApplicationDbContext>()
            .AddPasswordValidator<PasswordClassesValidator>();
        services.AddScoped<IIdentityService, IdentityService>();
        services.AddScoped<IIntegratorClients, IntegratorClientService>();
        services.AddScoped<TokenIssuer>();
        services.AddOptions<ExternalSignInOptions>().BindConfiguration(ExternalSignInOptions.Section)
            .Validate(options => options.IsComplete,
                "ExternalSignIn:Enabled needs Authority (an absolute URL), ClientId, ClientSecret, DisplayName and the openid scope.")
            .ValidateOnStart();
        services.AddSingleton<IExternalIdentityProvider, OpenIdConnectProvider>();
        services.AddScoped<IDossierCodeGenerator, DossierCodeGenerator>();
        services.AddSingleton<UnnumberedDossierSweeper>();
        services.AddHostedService(provider => provider.GetRequiredService<UnnumberedDossierSweeper>());
        services.AddScoped<IIdempotencyStore, IdempotencyStore>();
        services.AddScoped<IFeedbackCodeGenerator, FeedbackCodeGenerator>();
        services.AddSingleton<IAccessKeys, AccessKeys>();
        services.AddScoped<ITransactionRunner, TransactionRunner>();
        services.AddSingleton<IWorkingCalendarSource, WorkingCalendarSource>();
        services.AddOptions<FileStorageOptions>().BindConfiguration(FileStorageOptions.Section);
        services.AddSingleton<IFileStorage, DiskFileStorage>();
        services.AddSingleton<UnreferencedFileSweeper>();
        services.AddHostedService(provider => provider.GetRequiredService<UnreferencedFileSweeper>());
        services.AddOptions<PrintingOptions>().BindConfiguration(PrintingOptions.SectionName);
        services.AddSingleton<IPrintedFormRenderer, SkiaPrintedFormRenderer>();
        services.AddHealthChecks().AddDbContextCheck<ApplicationDbContext>("postgresql", tags: ["ready"]);
        return services;
    }

    internal static void ConfigureDbContext(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(WithStatementPreparation(connectionString), npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", ApplicationDbContext.Schema))
            .UseSnakeCaseNamingConvention();

    /// <summary>
    /// Lets Npgsql prepare the statements a connection repeats (searches, look-ups), so PostgreSQL
    /// plans them once instead of on every request; an explicit setting in the connection string wins.
    /// A pooled connection is handed to the next request without resetting its session (seven statements
    /// PostgreSQL runs each time otherwise): the application never changes session state (no SET, temporary
    /// table, LISTEN or advisory lock).
    /// </summary>
    private static string WithStatementPreparation(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 50;
            builder.AutoPrepareMinUsages = 2;
        }
        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }
        return builder.ConnectionString;
    }
}
