package cn.dingkao.system;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.ibatis.reflection.factory.DefaultObjectFactory;

/**
 * Builds MyBatis' result objects through constructors made accessible once per type. Our row types are
 * package-private (package by feature); MyBatis' own factory looks the constructor up again for every row, calls
 * it, catches the {@link IllegalAccessException} a package-private class throws, and only then makes that copy
 * accessible — an exception with a full stack trace for every row of every cursor (the feed's 150,000 rows spent
 * a third of their time filling stack traces). Interfaces (List, Map), types without a matching constructor and
 * anything this factory cannot open are left to MyBatis' factory, so its errors stay as they were.
 */
final class AccessibleObjectFactory extends DefaultObjectFactory {

	private static final long serialVersionUID = 1L;

	/** A constructor to call, or none when MyBatis' factory is to handle the type. */
	private record Opened(Constructor<?> constructor) {
	}

	private record Signature(Class<?> type, List<Class<?>> parameterTypes) {
	}

	private final transient Map<Signature, Opened> constructors = new ConcurrentHashMap<>();

	@Override
	public <T> T create(Class<T> type, List<Class<?>> constructorArgTypes, List<Object> constructorArgs) {
		boolean withArguments = constructorArgTypes != null && constructorArgs != null;
		if (resolveInterface(type) != type) {
			return super.create(type, constructorArgTypes, constructorArgs);
		}
		Signature signature = new Signature(type, withArguments ? List.copyOf(constructorArgTypes) : List.of());
		Constructor<?> constructor = constructors.computeIfAbsent(signature, AccessibleObjectFactory::open).constructor();
		if (constructor == null) {
			return super.create(type, constructorArgTypes, constructorArgs);
		}
		try {
			Object made = withArguments ? constructor.newInstance(constructorArgs.toArray())
					: constructor.newInstance();
			return type.cast(made);
		}
		catch (InstantiationException | IllegalAccessException | IllegalArgumentException
				| InvocationTargetException e) {
			// MyBatis' factory tries again and words the failure its way (type, argument types and values)
			return super.create(type, constructorArgTypes, constructorArgs);
		}
	}

	private static Opened open(Signature signature) {
		try {
			Constructor<?> constructor = signature.type()
				.getDeclaredConstructor(signature.parameterTypes().toArray(Class<?>[]::new));
			constructor.setAccessible(true);
			return new Opened(constructor);
		}
		catch (NoSuchMethodException | RuntimeException e) {
			// no such constructor, or one the module system keeps closed (InaccessibleObjectException, SecurityException)
			return new Opened(null);
		}
	}

}
