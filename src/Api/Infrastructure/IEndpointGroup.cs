namespace OneStop.Api.Infrastructure;

/// <summary>One class per resource maps its routes under one group.</summary>
public interface IEndpointGroup
{
    static abstract void Map(IEndpointRouteBuilder app);
}
