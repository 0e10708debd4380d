package dev.dealgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Measures what materialised inference costs with JMH ({@link InferenceMicrobenchmark}): mapping an article with
 * and without superclass types, the inference step, and, for scale, SHACL validation. Not a test (Surefire runs
 * *Test only); run it with {@code mvn -o test -Dtest=InferenceBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * and read {@code target/surefire-reports/dev.dealgraph.graph.InferenceBenchmark-output.txt}.
 */
class InferenceBenchmark {
  @Test
  void mapWithAndWithoutInference() throws RunnerException {
    int seconds = Integer.getInteger("bench.seconds", 10);
    Collection<RunResult> runs = new Runner(new OptionsBuilder()
        .include(InferenceMicrobenchmark.class.getName() + "\\.")
        .warmupIterations(2).warmupTime(TimeValue.seconds(Math.max(1, seconds / 4)))
        .measurementIterations(3).measurementTime(TimeValue.seconds(Math.max(1, seconds / 3)))
        .forks(1).jvmArgsAppend("-Xmx2g").shouldFailOnError(true).build()).run();
    Map<String, Double> micros = runs.stream().collect(Collectors.toMap(
        r -> r.getParams().getBenchmark().substring(r.getParams().getBenchmark().lastIndexOf('.') + 1),
        r -> r.getPrimaryResult().getScore()));
    var corpus = InferenceMicrobenchmark.corpus().subList(0, 5);
    long without = corpus.stream().mapToLong(e -> ArticleGraph.map(e.getKey(), e.getValue(), Optional.empty(),
        ExtractorInfo.CURRENT, false).size()).sum();
    long with = corpus.stream().mapToLong(e -> ArticleGraph.map(e.getKey(), e.getValue(), Optional.empty(),
        ExtractorInfo.CURRENT, true).size()).sum();
    double mapWithout = micros.get("mapWithoutInference");
    double mapWith = micros.get("mapWithInference");
    System.out.printf("JMH, average time per article over the fixture articles, one thread%n");
    System.out.printf("map without inference: %.1f µs/article, %d triples per article%n", mapWithout, without / 5);
    System.out.printf("map with inference:    %.1f µs/article, %d triples per article%n", mapWith, with / 5);
    System.out.printf("inference cost: +%.0f%% time, +%.0f%% triples; the step alone (map, then infer): %.1f µs%n",
        100 * (mapWith / mapWithout - 1), 100.0 * (with - without) / without,
        micros.get("mapThenInfer") - mapWithout);
    System.out.printf("SHACL validation (no mapping): %.0f µs/article%n", micros.get("validate"));
    assertThat(mapWith).isPositive();
  }
}
