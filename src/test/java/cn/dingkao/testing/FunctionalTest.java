package cn.dingkao.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The functional tests of the jobs (import, rule, summary, feed, nightly, receipt) share one application context and
 * one database: one context is started for all of them, not one per class (with {@link EnabledOnMySql}, one for all
 * of them on MySQL). Every test starts by emptying the tables it reads ({@link Tables#empty}); nothing else is
 * reset, as on a real server. Small chunks and merge slices make every job commit many times on small inputs, so
 * that restarts between commits are tested. Spring Batch's test support is there for all of them
 * ({@link SpringBatchTest}: a test may run a step-scoped part in a step context of its own). A test that needs other
 * settings than these says why and pays for a context of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "dingkao.data-dir=./target/test-db/functional", "dingkao.out-dir=./target/functional-out",
		"dingkao.import.merge-slice-rows=500", "dingkao.rule.chunk-size=3", "dingkao.predict.chunk-size=3" })
@SpringBatchTest
public @interface FunctionalTest {

}
