package cn.dingkao.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.ActiveProfiles;

/**
 * A test that runs against a real MySQL-compatible server (MariaDB in CI) with the {@code mysql} profile.
 * See {@link MySqlCondition} for when it runs and when it is skipped.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(MySqlCondition.class)
@ActiveProfiles("mysql")
public @interface EnabledOnMySql {

}
