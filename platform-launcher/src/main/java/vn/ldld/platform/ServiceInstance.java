package vn.ldld.platform;

/**
 * One running copy of a service. Instance 0 is named like the service; instance {@code i > 0} gets
 * {@code -i} appended and listens on {@code basePort + 100 * i}.
 *
 * @param spec the service
 * @param index 0 for the first instance
 * @param port its HTTP port
 * @param managementPort the port of its actuator endpoints (metrics, full health), 0 when they share {@code port};
 *        like the HTTP port, the first instance's + 100·i
 */
public record ServiceInstance(ServiceSpec spec, int index, int port, int managementPort) {

    /** @return the name of its log and pid files, e.g. {@code report-service} or {@code report-service-1} */
    public String name() {
        return (this.index == 0) ? this.spec.name() : this.spec.name() + "-" + this.index;
    }

    /** @return the {@code INSTANCE_ID} it is given, e.g. {@code report-service-0} */
    public String instanceId() {
        return this.spec.name() + "-" + this.index;
    }

    /** @return its base URL, e.g. {@code http://127.0.0.1:8082} */
    public String url() {
        return "http://127.0.0.1:" + this.port;
    }

    /** @return the URL of its readiness (health) endpoint on its HTTP port */
    public String healthUrl() {
        return url() + this.spec.healthPath();
    }

}
