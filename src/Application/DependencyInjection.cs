using System.Reflection;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Application.Dossiers.Common;
using OneStop.Application.Feedbacks.Common;
using OneStop.Application.Procedures.Queries.GetProcedureById;
using OneStop.Application.Procedures.Queries.GetProceduresWithPagination;
using OneStop.Application.Satisfaction.Common;

namespace OneStop.Application;

public static class DependencyInjection
{
    /// <summary>AutoMapper profiles and validators of this assembly. The mediator is registered by the Api, which owns the source generator.</summary>
    public static IServiceCollection AddApplicationServices(this IServiceCollection services, string? autoMapperLicenseKey)
    {
        services.AddAutoMapper(options =>
        {
            // AutoMapper 17 is dual-licensed (RPL-1.5 or commercial); a commercial key is read when configured.
            options.LicenseKey = autoMapperLicenseKey;
        }, Assembly.GetExecutingAssembly());
        // A validator without dependencies holds nothing but its rules: built once, not on every request.
        services.AddValidatorsFromAssembly(Assembly.GetExecutingAssembly(), ServiceLifetime.Singleton,
            scan => !NeedsServices(scan.ValidatorType), includeInternalTypes: true);
        services.AddValidatorsFromAssembly(Assembly.GetExecutingAssembly(), ServiceLifetime.Scoped,
            scan => NeedsServices(scan.ValidatorType), includeInternalTypes: true);
        services.AddScoped<ProcedureDetailReader>();
        services.AddSingleton<PublishedCatalogue>();
        services.AddScoped<DossierAccess>();
        services.AddScoped<DossierReader>();
        services.AddScoped<DossierCommandRunner>();
        services.AddScoped<FeedbackAccess>();
        services.AddScoped<FeedbackReader>();
        services.AddScoped<FeedbackCommandRunner>();
        services.AddScoped<DossierRatings>();
        return services;
    }

    private static bool NeedsServices(Type validator) => validator.GetConstructors().Any(c => c.GetParameters().Length > 0);
}
