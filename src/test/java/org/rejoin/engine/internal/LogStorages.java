package org.rejoin.engine.internal;

import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.jar.JarFile;

/**
 * The two in-memory log storages: Rejoin's, which the engine loads by the engine's own class name, and the
 * engine jar's original, loaded beside it from the jar by a loader of its own so the two can be compared.
 */
public final class LogStorages {

    static final String CLASS_NAME = "io.camunda.zeebe.process.test.engine.InMemoryLogStorage";
    static final String CLASS_ENTRY = CLASS_NAME.replace('.', '/') + ".class";

    private LogStorages() {
    }

    /** The storage the engine's factory builds: the class its own loader finds by name. */
    public static LogStorage rejoins() {
        try {
            return newStorage(EngineFactory.class.getClassLoader().loadClass(CLASS_NAME));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The engine jar's own storage, as shipped. */
    public static LogStorage enginesOwn() {
        return newStorage(EnginesOwn.LOADER.storageClass());
    }

    static Path engineJar() {
        try {
            return Path.of(EngineFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] engineJarEntry(String entry) {
        try (var jar = new JarFile(engineJar().toFile())) {
            var found = jar.getJarEntry(entry);
            if (found == null) {
                return null;
            }
            try (InputStream in = jar.getInputStream(found)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LogStorage newStorage(Class<?> type) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return (LogStorage) constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type, e);
        }
    }

    /** Defines the storage and its nested classes from the engine jar; everything else comes from the parent. */
    private static final class EnginesOwn extends ClassLoader {

        static final EnginesOwn LOADER = new EnginesOwn();

        private EnginesOwn() {
            super("engines-own-log-storage", LogStorages.class.getClassLoader());
        }

        Class<?> storageClass() {
            try {
                return loadClass(CLASS_NAME);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("The engine jar no longer has " + CLASS_NAME, e);
            }
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.equals(CLASS_NAME) && !name.startsWith(CLASS_NAME + "$")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    byte[] bytes = engineJarEntry(name.replace('.', '/') + ".class");
                    if (bytes == null) {
                        throw new ClassNotFoundException(name + " is not in " + engineJar());
                    }
                    loaded = defineClass(name, bytes, 0, bytes.length);
                }
                return loaded;
            }
        }
    }
}
