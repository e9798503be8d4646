using System.Reflection;

namespace OneStop.Application.UnitTests.Architecture;

/// <summary>The dependency rule of the clean architecture, checked on the compiled assemblies.</summary>
public sealed class LayerDependencyTests
{
    private static readonly Assembly Domain = typeof(Domain.Common.Entity).Assembly;
    private static readonly Assembly Application = typeof(Application.DependencyInjection).Assembly;

    private static IEnumerable<string> ReferencesOf(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!);

    [Test]
    public void ShouldLetTheDomainReferenceNothingButTheMediatorAbstractions()
    {
        var foreign = ReferencesOf(Domain).Where(name => !name.StartsWith("System", StringComparison.Ordinal) && name != "netstandard" && name != "Mediator");

        foreign.ShouldBeEmpty();
    }

    [TestCase("OneStop.Infrastructure")]
    [TestCase("OneStop.Api")]
    [TestCase("Npgsql")]
    [TestCase("Microsoft.AspNetCore")]
    public void ShouldKeepTheApplicationIndependentOf(string outer) =>
        ReferencesOf(Application).ShouldNotContain(name => name.StartsWith(outer, StringComparison.Ordinal));

    [Test]
    public void ShouldKeepTheDomainIndependentOfTheOtherLayers() =>
        ReferencesOf(Domain).ShouldNotContain(name => name.StartsWith("OneStop.", StringComparison.Ordinal));

    [Test]
    public void ShouldGiveDomainTypesNoPublicSetters()
    {
        var setters = Domain.GetExportedTypes()
            .Where(t => t.IsClass)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        setters.ShouldBeEmpty();
    }
}
