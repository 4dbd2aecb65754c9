#if FILTER_BACKEND_ITK
using FilterService.Backend;
using FilterService.Filters;
using FilterService.Imaging;
using ItkBindGen.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace ItkBindGen.FilterService.Tests.Cluster;

/// <summary>
/// An error of ITK's own on a silo ends the run at once with ITK's message: one attempt, not one a silo. Real ITK's
/// discrete Gaussian refuses an empty image (the native core's filters accept it, so this runs on real ITK only); the
/// HTTP API refuses such an image before any filter, so the front end's runner is called directly.
/// </summary>
[Collection(ClusterCollection.Name)]
[Trait("Category", ClusterCollection.Category)]
public sealed class ClusterErrorTests(ClusterFixture cluster)
{
    [Fact]
    public async Task An_ITK_error_on_a_silo_fails_the_run_once_with_ITKs_message()
    {
        var expected = Assert.Throws<ItkException>(() => DirectBindings.Gaussian([], 0, 4, variance: 2)).Message;
        var runner = cluster.FrontEnd.Services.GetRequiredService<IFilterRunner>();
        var step = FilterCatalogue.Resolve(FilterCatalogue.Gaussian, [KeyValuePair.Create("variance", 2.0)]);
        var placements = new PlacementLog();

        var error = await Assert.ThrowsAsync<ItkException>(() => runner.RunAsync([step], new ImageData(0, 4, []), placements, CancellationToken.None));

        Assert.Equal(expected, error.Message);
        Assert.Equal([1], placements.Attempts);
    }

    private sealed class PlacementLog : IRunObserver
    {
        public List<int> Attempts { get; } = [];

        public void Placed(RunPlacement placement) => Attempts.Add(placement.Attempt);

        public void Report(double value)
        {
        }
    }
}
#endif
