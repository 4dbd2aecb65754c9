using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PuppeteerSharp;

namespace ItkBindGen.FilterService.Tests;

/// <summary>
/// The page in Debian's headless chromium (apt-get install chromium) against the service on a loopback port:
/// upload a PNG, pick the threshold filter, run it, and read the result's pixels back from the page.
/// </summary>
public sealed class BrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task Page_uploads_filters_and_shows_the_result()
    {
        await using var factory = new ServiceFactory();
        await RunThresholdOnThePageAsync(factory, page => Task.CompletedTask);
    }

    /// <summary>
    /// Serves <paramref name="factory"/> on a loopback port and drives its page: upload a ramp, threshold it, check the
    /// shown result's pixels; then <paramref name="andThen"/> checks more of the page.
    /// </summary>
    internal static async Task RunThresholdOnThePageAsync(ServiceFactory factory, Func<IPage, Task> andThen)
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: apt-get install chromium (.ci/prerequisites.sh installs it)");
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        const int Width = 48, Height = 20;
        var pixels = TestImages.Ramp(Width, Height);
        var folder = Directory.CreateTempSubdirectory("filter-service-page-");
        var png = Path.Combine(folder.FullName, "ramp.png");
        await File.WriteAllBytesAsync(png, TestImages.Png(Width, Height, pixels));
        try
        {
            await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args = ["--no-sandbox"],
            });
            await using var page = await browser.NewPageAsync();
            page.DefaultTimeout = 30_000;
            await page.GoToAsync(address);
            await page.WaitForSelectorAsync("#filter option[value=threshold]");

            var file = await page.QuerySelectorAsync("#file");
            await file.UploadFileAsync(png);
            await page.WaitForFunctionAsync("() => !document.getElementById('run').disabled");
            await page.WaitForFunctionAsync("() => document.getElementById('input').naturalWidth > 0");
            await page.SelectAsync("#filter", "threshold");
            await page.EvaluateExpressionAsync("""
                document.querySelector('#parameters input[name=lower]').value = '100';
                document.querySelector('#parameters input[name=upper]').value = '150';
                """);
            await page.ClickAsync("#run");
            await page.WaitForFunctionAsync("() => { const r = document.getElementById('result'); return r.complete && r.naturalWidth > 0; }");

            Assert.Equal(Width, await page.EvaluateExpressionAsync<int>("document.getElementById('result').naturalWidth"));
            Assert.Equal(Height, await page.EvaluateExpressionAsync<int>("document.getElementById('result').naturalHeight"));
            Assert.Equal(1.0, await page.EvaluateExpressionAsync<double>("document.getElementById('progress').value"));
            Assert.Equal("done", await page.EvaluateExpressionAsync<string>("document.getElementById('status').textContent"));
            // The result's pixels as the page decoded them, red channel.
            var shown = await page.EvaluateExpressionAsync<int[]>("""
                (() => {
                  const img = document.getElementById('result');
                  const canvas = document.createElement('canvas');
                  canvas.width = img.naturalWidth;
                  canvas.height = img.naturalHeight;
                  const context = canvas.getContext('2d');
                  context.drawImage(img, 0, 0);
                  const rgba = context.getImageData(0, 0, canvas.width, canvas.height).data;
                  return Array.from({ length: canvas.width * canvas.height }, (_, i) => rgba[4 * i]);
                })()
                """);
            Assert.Equal(pixels.Select(v => v is >= 100 and <= 150 ? 255 : 0), shown);
            await andThen(page);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
