using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OneStop.Api.Open311;

/// <summary>Marks an Open311 operation whose body is a form of <see cref="Type"/>, for the OpenAPI document only.</summary>
public sealed record Open311FormBody(Type Type);

/// <summary>How the Open311 operations appear in the OpenAPI document.</summary>
public static class Open311OpenApi
{
    public const string FormContentType = "application/x-www-form-urlencoded";

    /// <summary>The document in JSON or XML, and the error arrays of 400 (bad parameters or format) and <paramref name="errorStatuses"/>.</summary>
    public static RouteHandlerBuilder ProducesOpen311<T>(this RouteHandlerBuilder endpoint, params int[] errorStatuses)
    {
        endpoint.Produces<T>(StatusCodes.Status200OK, Open311Result.JsonContentType, Open311Result.XmlContentType);
        foreach (var status in errorStatuses.Prepend(StatusCodes.Status400BadRequest))
        {
            endpoint.Produces<IReadOnlyList<Open311Error>>(status, Open311Result.JsonContentType, Open311Result.XmlContentType);
        }
        return endpoint;
    }

    /// <summary>
    /// Describes form bodies without <c>Accepts</c> metadata, which would let routing answer another content type with a
    /// 415 problem document (and before the api_key is checked) instead of Open311's 403 or 400 error array.
    /// </summary>
    public static IServiceCollection AddOpen311OpenApi(this IServiceCollection services)
    {
        services.ConfigureSwaggerGen(options => options.OperationFilter<FormBodyFilter>());
        return services;
    }

    private sealed class FormBodyFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<Open311FormBody>().FirstOrDefault() is not { } body)
            {
                return;
            }
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    [FormContentType] = new() { Schema = context.SchemaGenerator.GenerateSchema(body.Type, context.SchemaRepository) },
                },
            };
        }
    }
}
