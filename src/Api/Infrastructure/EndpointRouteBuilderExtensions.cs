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
}
