package vn.ldld.platform.store;

import java.util.Map;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.type.DataType;

/**
 * An H2 map whose every change goes through the store's {@link ChangeLog}: {@code put}, {@code remove},
 * {@code replace} and the rest all end in {@link #operate}, and {@link #clear} is the one change that does not.
 */
final class LoggedMap<K, V> extends MVMap<K, V> {

    private final ChangeLog changeLog;

    private LoggedMap(Map<String, Object> config, DataType<K> keyType, DataType<V> valueType, ChangeLog changeLog) {
        super(config, keyType, valueType);
        this.changeLog = changeLog;
    }

    @Override
    public V operate(K key, V value, DecisionMaker<? super V> decisionMaker) {
        return changeLog.change(this, key, () -> super.operate(key, value, decisionMaker));
    }

    @Override
    public void clear() {
        changeLog.change(this, null, () -> {
            super.clear();
            return null;
        });
    }

    /** Opens maps as {@link LoggedMap}s (what {@code MVMap.Builder} does for plain maps). */
    static final class Builder<K, V> extends MVMap.Builder<K, V> {

        private final ChangeLog changeLog;

        Builder(ChangeLog changeLog) {
            this.changeLog = changeLog;
        }

        @Override
        protected MVMap<K, V> create(Map<String, Object> config) {
            config.put("singleWriter", false);
            DataUtils.checkArgument(config.get("type") == null, "A map of type {0} cannot be logged", config.get("type"));
            return new LoggedMap<>(config, getKeyType(), getValueType(), changeLog);
        }
    }
}
