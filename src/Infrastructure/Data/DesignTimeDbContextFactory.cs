using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OneStop.Infrastructure.Data;

/// <summary>Lets dotnet-ef build the model to add migrations without starting the API or a database.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ApplicationDbContext>
{
    public ApplicationDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ApplicationDbContext>();
        DependencyInjection.ConfigureDbContext(options, "Host=localhost;Database=onestop_design");
        return new ApplicationDbContext(options.Options);
    }
}
