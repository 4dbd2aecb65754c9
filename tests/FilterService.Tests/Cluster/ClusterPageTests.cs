namespace ItkBindGen.FilterService.Tests.Cluster;

/// <summary>
/// The page against a second front end of the same cluster, served on a loopback port: the job runs on a silo and the
/// page says which one and the attempt.
/// </summary>
[Collection(ClusterCollection.Name)]
[Trait("Category", ClusterCollection.Category)]
public sealed class ClusterPageTests(ClusterFixture cluster)
{
    [Fact]
    public async Task Page_runs_a_job_on_a_silo_and_names_it()
    {
        await using var frontEnd = new ClusterFrontEndFactory(cluster.RedisPort);
        await BrowserTests.RunThresholdOnThePageAsync(frontEnd, async page =>
        {
            var silo = await page.EvaluateExpressionAsync<string>("document.getElementById('silo').textContent");
            Assert.Matches(@"^on silo-[ab] \(127\.0\.0\.1:\d+@\d+\), attempt 1$", silo);
            Assert.Contains(cluster.Silos.Keys, address => silo.Contains(address, StringComparison.Ordinal));
        });
    }
}
