using System.Text.Json;
using System.Text.Json.Serialization;

namespace OneStop.Infrastructure.Data.Seed;

/// <summary>Reads a seed file embedded in this assembly (Data/Seed/*.json).</summary>
internal static class SeedFile
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static T Read<T>(string fileName)
    {
        using var stream = typeof(SeedFile).Assembly.GetManifestResourceStream($"OneStop.Infrastructure.Data.Seed.{fileName}")
            ?? throw new InvalidOperationException($"The embedded {fileName} is missing.");
        return JsonSerializer.Deserialize<T>(stream, Options) ?? throw new InvalidOperationException($"{fileName} is empty.");
    }
}
