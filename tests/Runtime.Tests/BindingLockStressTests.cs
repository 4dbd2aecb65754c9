namespace ItkBindGen.Runtime.Tests;

public class BindingLockStressTests
{
    [Fact]
    public void ManyThreadsCyclingThroughEveryScopeLoseNoUpdates()
    {
        const int threads = 8;
        const int iterations = 5000;
        int counter = 0;
        int released = 0;
        var workers = new Task<int>[threads];
        for (int t = 0; t < threads; t++)
        {
            int seed = t;
            workers[t] = TestThreads.Start(() =>
            {
                for (int i = 0; i < iterations; i++)
                {
                    using (BindingLock.Acquire())
                    {
                        counter++; // unsynchronized on purpose: only the binding lock protects it
                        using (BindingLock.HoldForNativeCall())
                        {
                            counter++;
                            if ((i + seed) % 3 == 0)
                            {
                                using (BindingLock.Release())
                                {
                                    Interlocked.Increment(ref released);
                                }

                                counter++;
                            }
                        }
                    }

                    using (BindingLock.AcquireForCallback())
                    {
                        counter++;
                    }

                    using (BindingLock.Release())
                    {
                        // Not held here: a no-op.
                    }
                }

                return BindingLock.CurrentDepth;
            });
        }

        foreach (var worker in workers)
        {
            Assert.Equal(0, TestThreads.Finish(worker));
        }

        Assert.Equal((threads * iterations * 3) + released, counter);
    }
}
