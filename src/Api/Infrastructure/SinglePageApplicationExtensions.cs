using Microsoft.Extensions.FileProviders;

namespace OneStop.Api.Infrastructure;

public static class SinglePageApplicationExtensions
{
    /// <summary>
    /// Serves the built SPA (client/dist) on the API's own origin: its files, and index.html for any
    /// other non-API path so that client-side routes survive a reload. Unknown /api paths stay 404.
    /// </summary>
    public static void MapSinglePageApplication(this WebApplication app, string? rootPath)
    {
        if (string.IsNullOrEmpty(rootPath) || !Directory.Exists(rootPath))
        {
            return;
        }
        var files = new PhysicalFileProvider(Path.GetFullPath(rootPath));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.MapFallback("/api/{**rest}", () => TypedResults.NotFound()).ExcludeFromDescription();
        app.MapFallbackToFile("index.html", new StaticFileOptions { FileProvider = files });
    }
}
