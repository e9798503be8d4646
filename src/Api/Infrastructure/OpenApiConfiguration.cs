using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OneStop.Api.Infrastructure;

public static class OpenApiConfiguration
{
    public const string DocumentName = "v1";
    private const string BearerScheme = "Bearer";

    public static IServiceCollection AddOneStopOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "OneStop API",
                Version = DocumentName,
                Description = "The electronic one-stop shop of a province: procedure catalogue, dossiers, feedback. " +
                              "Errors are RFC 9457 problem details.",
            });
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            options.CustomSchemaIds(SchemaId);
            foreach (var assembly in new[] { typeof(Program).Assembly, typeof(Application.DependencyInjection).Assembly, typeof(Domain.Common.Entity).Assembly })
            {
                var xml = Path.Combine(AppContext.BaseDirectory, $"{assembly.GetName().Name}.xml");
                if (File.Exists(xml))
                {
                    options.IncludeXmlComments(xml);
                }
            }
            options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "The access token from POST /api/auth/sign-in.",
            });
            options.OperationFilter<AuthorizedOperationFilter>();
            options.ParameterFilter<CamelCaseQueryParameterFilter>();
        });
        return services;
    }

    /// <summary>Generic types read as English: PaginatedList&lt;ProcedureSummaryDto&gt; → PaginatedListOfProcedureSummaryDto.</summary>
    private static string SchemaId(Type type) =>
        type.IsGenericType
            ? $"{type.Name[..type.Name.IndexOf('`')]}Of{string.Join("And", type.GetGenericArguments().Select(SchemaId))}"
            : type.Name;

    /// <summary>Marks the operations that need authorization with the security scheme.</summary>
    private sealed class AuthorizedOperationFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
            if (!metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<IAllowAnonymous>().Any())
            {
                return;
            }
            operation.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] },
            ];
        }
    }

    /// <summary>Query parameters are bound case-insensitively; the document names them in camelCase like the JSON.</summary>
    private sealed class CamelCaseQueryParameterFilter : IParameterFilter
    {
        public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
        {
            if (parameter is OpenApiParameter { In: ParameterLocation.Query, Name: { } name } query)
            {
                query.Name = JsonNamingPolicy.CamelCase.ConvertName(name);
            }
        }
    }
}
