using OneStop.Infrastructure.Files;
using System.Text.Json.Serialization;
using Mediator;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using OneStop.Api.Infrastructure;
using OneStop.Api.Open311;
using OneStop.Api.Services;
using OneStop.Application.Common.Interfaces;
using OneStop.Infrastructure.Identity;
using OneStop.Application;
using OneStop.Application.Common.Behaviours;
using OneStop.Application.Dossiers.Common;
using OneStop.Application.Feedbacks.Common;
using OneStop.Infrastructure;
using OneStop.Infrastructure.Data;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddApplicationServices(builder.Configuration["AutoMapper:LicenseKey"]);
builder.Services.AddInfrastructureServices(builder.Configuration.GetConnectionString("OneStop")
    ?? throw new InvalidOperationException("ConnectionStrings:OneStop is not configured."));
builder.Services.AddMediator(options =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(OneStop.Application.DependencyInjection), typeof(OneStop.Domain.Common.Entity)];
    options.PipelineBehaviors =
    [
        typeof(LoggingBehaviour<,>),
        typeof(UnhandledExceptionBehaviour<,>),
        typeof(ValidationBehaviour<,>),
        // Outside the idempotency transaction: numbers a submitted dossier once that has committed (ADR-008).
        typeof(DossierNumberingBehaviour<,>),
        typeof(IdempotencyBehaviour<,>),
        typeof(AuditBehaviour<,>),
        typeof(PerformanceBehaviour<,>),
    ];
});

builder.Services.Configure<JsonOptions>(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(options => options.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
// Malformed bodies and query values reach ProblemDetailsExceptionHandler, which names the offending field.
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
    context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier);
builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();

builder.Services.AddOptions<JwtOptions>().BindConfiguration(JwtOptions.Section)
    .Validate(jwt => jwt.SigningKey.Length >= 32, "Jwt:SigningKey must be set to a secret of at least 32 characters.")
    .ValidateOnStart();
var jwt = builder.Configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.MapInboundClaims = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = jwt.Issuer,
            ValidAudience = jwt.Audience,
            IssuerSigningKey = TokenIssuer.SigningKey(jwt),
            NameClaimType = "name",
            RoleClaimType = "role",
            ClockSkew = TimeSpan.FromSeconds(30),
        };
    });
// Uploaded files live under .data/files of the content root unless FileStorage:RootPath says otherwise.
builder.Services.PostConfigure<FileStorageOptions>(options => options.RootPath = Path.GetFullPath(
    string.IsNullOrWhiteSpace(options.RootPath) ? Path.Combine(".data", "files") : options.RootPath, builder.Environment.ContentRootPath));
builder.Services.AddOptions<FeedbackSettings>().BindConfiguration(FeedbackSettings.Section);
// Open311 callers may send the access token as the api_key parameter.
builder.Services.AddOpen311ApiKey().AddOpen311OpenApi();
builder.Services.AddOneStopPolicies();
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<IUser, CurrentUser>();
builder.Services.AddOneStopRateLimits(builder.Configuration);
builder.Services.AddOneStopOpenApi();

var app = builder.Build();

if (app.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
{
    await using var scope = app.Services.CreateAsyncScope();
    var initialiser = scope.ServiceProvider.GetRequiredService<ApplicationDbContextInitialiser>();
    await initialiser.MigrateAsync();
    if (app.Configuration.GetValue<bool>("Database:SeedDemoData"))
    {
        await initialiser.SeedAsync();
    }
}

app.UseMiddleware<RequestLoggingMiddleware>();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSwagger();
app.UseSwaggerUI(options => options.DocumentTitle = "OneStop API");
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
app.MapEndpointGroups();
app.MapSinglePageApplication(app.Configuration["Spa:RootPath"]);

await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
