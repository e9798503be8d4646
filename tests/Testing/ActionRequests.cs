using System.Net.Http.Json;
using System.Text.Json;

namespace OneStop.Testing;

/// <summary>
/// Posts an action on a versioned record (a dossier, a feedback): the body as given, with the version the caller
/// read unless the body names one, and an optional <c>Idempotency-Key</c>.
/// </summary>
public static class ActionRequests
{
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, uint version, object body, string? idempotencyKey = null)
    {
        var json = JsonSerializer.SerializeToNode(body, DossierScenario.Json)!.AsObject();
        json["version"] ??= version;
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(json, options: DossierScenario.Json) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        return client.SendAsync(request);
    }
}
