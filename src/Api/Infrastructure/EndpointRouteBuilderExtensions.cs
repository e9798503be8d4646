namespace OneStop.Api.Infrastructure;

public static class EndpointRouteBuilderExtensions
{
    /// <summary>Calls <see cref="IEndpointGroup.Map"/> of every group in this assembly.</summary>
    public static IEndpointRouteBuilder MapEndpointGroups(this IEndpointRouteBuilder app)
    {
        var groups = typeof(IEndpointGroup).Assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(IEndpointGroup)));
        foreach (var group in groups)
        {
            group.GetMethod(nameof(IEndpointGroup.Map))!.Invoke(null, [app]);
        }
        return app;
    }

    /// <summary>Only administrators: the policy, and the 401 and 403 answers declared for OpenAPI.</summary>
    public static RouteGroupBuilder RequireAdministrator(this RouteGroupBuilder group) =>
        group.RequireAuthorization(Policies.CatalogueAdministration)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    /// <inheritdoc cref="RequireAdministrator(RouteGroupBuilder)"/>
    public static RouteHandlerBuilder RequireAdministrator(this RouteHandlerBuilder endpoint) =>
        endpoint.RequireAuthorization(Policies.CatalogueAdministration)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
