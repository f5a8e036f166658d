package org.haven;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test of the backend against a real PostgreSQL: the embedded one in a fresh temporary
 * directory, or the server named by {@code HAVEN_TEST_DB_URL}. All such tests share one
 * application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = BackendTestApplication.class)
public @interface IntegrationTest {

}
