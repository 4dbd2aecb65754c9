// An HTTP service over the generated bindings: upload an image, filter it synchronously or as a background job
// with progress and cancellation, and compare the three ways of calling native code (--mode async|sync|locked).
// --role silo runs a silo of the cluster mode, --role frontend this service with its filters run on the silos.
using FilterService;
using FilterService.Backend;
using FilterService.Cluster;
using FilterService.Endpoints;
using FilterService.Imaging;
using FilterService.Jobs;
using FilterService.Telemetry;

var builder = WebApplication.CreateBuilder(args);
var role = builder.Configuration["role"] ?? "standalone";
if (role == "silo")
{
    await SiloHost.RunAsync(args);
    return;
}
if (role is not ("standalone" or "frontend"))
{
    throw new ArgumentException($"--role {role}: use standalone (the default), frontend or silo.");
}
var options = builder.Configuration.GetSection(ServiceOptions.Section).Get<ServiceOptions>() ?? new ServiceOptions();
if (builder.Configuration["mode"] is { } modeName)
{
    options.Mode = Enum.TryParse<RunMode>(modeName, ignoreCase: true, out var mode) && Enum.IsDefined(mode)
        ? mode
        : throw new ArgumentException($"--mode {modeName}: use async, sync or locked.");
}
builder.Services.Configure<ServiceOptions>(builder.Configuration.GetSection(ServiceOptions.Section));
builder.Services.PostConfigure<ServiceOptions>(o => o.Mode = options.Mode); // --mode wins over the section
ItkBindGen.Runtime.NativeCallScheduler.Default.ThreadNiceness = options.NativeCallNiceness;
// The service checks the upload limit itself with a clear message; Kestrel's own limit is only the backstop.
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxUploadBytes + 1024 * 1024);
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemResponses>();
builder.Services.AddSingleton<FilterExecutor>();
builder.Services.AddSingleton<ImageCodec>();
builder.Services.AddSingleton<ImageStore>();
builder.Services.AddSingleton<JobStore>();
builder.Services.AddSingleton<RuntimeMetrics>();
if (role == "frontend")
{
    builder.AddClusterFrontEnd();
}
else
{
    builder.Services.AddSingleton<IFilterRunner>(services => services.GetRequiredService<FilterExecutor>());
}

var app = builder.Build();
app.Services.GetRequiredService<RuntimeMetrics>(); // listen from the start
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapStatusEndpoints();
app.MapImageEndpoints();
app.MapFilterEndpoints();
app.MapJobEndpoints();
if (role == "frontend")
{
    app.MapClusterEndpoints();
}
app.Logger.LogInformation("Filter service: role {Role}, mode {Mode}, bindings {Bindings}, backend {Backend}",
    role, StatusEndpoints.ModeName(options.Mode), app.Services.GetRequiredService<FilterExecutor>().Bindings.Name, StatusEndpoints.BackendName);
app.Run();

/// <summary>The entry point; public for the tests' WebApplicationFactory.</summary>
public partial class Program;
