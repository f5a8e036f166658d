package org.haven;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements that a step of a test sends to Haven's database, JPA's and
 * plain JDBC's alike: every statement prepared or created on a connection of the
 * application's pool, on the thread of the step only, so that the audit sealer and other
 * background work of the shared context never count. Outside a counted step the pool
 * works as it always does.
 */
@Component
public class StatementCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

	private static final ThreadLocal<int[]> COUNTING = new ThreadLocal<>();

	/** The number of statements that {@code step} sends, and its result. */
	public static <T> Counted<T> count(Supplier<T> step) {
		int[] before = COUNTING.get();
		int[] count = { 0 };
		COUNTING.set(count);
		try {
			T result = step.get();
			return new Counted<>(count[0], result);
		}
		finally {
			COUNTING.set(before);
			if (before != null) {
				before[0] += count[0];
			}
		}
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String name) {
		if (!"dataSource".equals(name) || !(bean instanceof DataSource)) {
			return bean;
		}
		ProxyFactory pool = new ProxyFactory(bean);
		pool.setProxyTargetClass(true);
		pool.addAdvice((MethodInterceptor) invocation -> {
			Object result = invocation.proceed();
			return result instanceof Connection connection && invocation.getMethod().getName().equals("getConnection")
					? counting(connection) : result;
		});
		return pool.getProxy();
	}

	private static Connection counting(Connection connection) {
		InvocationHandler handler = (proxy, method, arguments) -> {
			switch (method.getName()) {
				case "equals" -> {
					return proxy == arguments[0];
				}
				case "hashCode" -> {
					return System.identityHashCode(proxy);
				}
				default -> {
					int[] count = COUNTING.get();
					if (count != null && STATEMENTS.contains(method.getName())) {
						count[0]++;
					}
					return invoke(connection, method, arguments);
				}
			}
		};
		return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
				new Class<?>[] { Connection.class }, handler);
	}

	private static Object invoke(Connection connection, Method method, Object[] arguments) throws Throwable {
		try {
			return method.invoke(connection, arguments);
		}
		catch (InvocationTargetException failed) {
			throw failed.getCause();
		}
	}

	/** What a counted step returned, and how many statements it sent. */
	public record Counted<T>(int statements, T result) {
	}

}
