package org.maillage.testkit;

import java.util.Arrays;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.DeploymentContext;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * One deployment for every test class of a test run (one JVM, one Failsafe execution).
 *
 * <p>A test class that declares no {@code @Deployment} method runs against the <em>shared deployment</em>:
 * the {@code @Deployment} method of the class named by the system property {@value #PROPERTY} (default
 * {@link PluginSuite}: the platform with the plugin under test). The first such class deploys it; every
 * later class finds it running; it is undeployed when the run ends. Classes share one server and one
 * database, so they keep apart through their data (each makes its own cooperations), never through order.
 *
 * <p>A class that declares its own {@code @Deployment} is deployed alone, as Arquillian does by default:
 * for a test that must see a start-up. The Payara Micro connector runs one server per container, so such
 * a class cannot run while the shared deployment is up: put it in a Failsafe execution of its own.
 *
 * <p>A shared deployment that fails fails every class that uses it, without starting again.
 */
public class SharedDeployment {

    /** The system property naming the class whose {@code @Deployment} method is the shared deployment. */
    public static final String PROPERTY = "maillage.test.suite";

    private static final Logger LOG = Logger.getLogger(SharedDeployment.class.getName());

    @Inject
    @ClassScoped
    private InstanceProducer<DeploymentScenario> classScenario;

    @Inject
    private Event<GenerateDeployment> generate;

    @Inject
    private Event<UnDeployManagedDeployments> undeploy;

    @Inject
    private Instance<ClassContext> classContext;

    @Inject
    private Instance<DeploymentContext> deploymentContext;

    @Inject
    private Instance<ProtocolMetaData> metaData;

    private Class<?> suiteClass;
    private DeploymentScenario shared;
    private boolean deployed;
    private RuntimeException failure;
    private boolean ending;

    public void generate(@Observes EventContext<GenerateDeployment> context) {
        Class<?> tested = context.getEvent().getTestClass().getJavaClass();
        if (tested == suiteClass()) {
            context.proceed();
        } else if (declaresDeployment(tested)) {
            if (deployed) {
                throw new IllegalStateException(tested.getName() + " declares its own @Deployment but the shared deployment "
                        + suiteClass().getName() + " is running in this JVM: remove its @Deployment to join the shared one, "
                        + "or run it in a Failsafe execution of its own");
            }
            context.proceed();
        } else if (shared == null) {
            generate.fire(new GenerateDeployment(new TestClass(suiteClass())));
            shared = classScenario.get();
        } else {
            classScenario.set(shared);
        }
    }

    public void deploy(@Observes EventContext<DeployManagedDeployments> context) {
        if (!usesShared()) {
            context.proceed();
            return;
        }
        if (failure != null) {
            throw new IllegalStateException("The shared deployment " + suiteClass().getName() + " failed earlier in this run", failure);
        }
        if (!deployed) {
            long started = System.nanoTime();
            try {
                context.proceed();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
            deployed = true;
            String problem = Readiness.problem(shared, deploymentContext.get(), metaData);
            if (problem != null) {
                failure = new IllegalStateException("The shared deployment " + suiteClass().getName()
                        + " did not start (see the server's log above): " + problem);
                throw failure;
            }
            ServersStarted.record("shared deployment " + suiteClass().getSimpleName());
            LOG.info(() -> String.format("Shared deployment %s started in %.1f s", suiteClass().getName(), (System.nanoTime() - started) / 1e9));
        }
    }

    public void undeploy(@Observes EventContext<UnDeployManagedDeployments> context) {
        if (!usesShared() || ending) {
            context.proceed();
        }
    }

    /** Undeploys the shared deployment before the containers stop (a higher precedence runs first). */
    public void end(@Observes(precedence = 100) AfterSuite event) {
        if (!deployed) {
            return;
        }
        ending = true;
        ClassContext context = classContext.get();
        context.activate(suiteClass());
        try {
            classScenario.set(shared);
            undeploy.fire(new UnDeployManagedDeployments());
        } finally {
            context.deactivate();
            context.destroy(suiteClass());
            deployed = false;
        }
    }

    private boolean usesShared() {
        return shared != null && classScenario.get() == shared;
    }

    private static boolean declaresDeployment(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (Arrays.stream(c.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(Deployment.class))) {
                return true;
            }
        }
        return false;
    }

    private Class<?> suiteClass() {
        if (suiteClass == null) {
            String name = System.getProperty(PROPERTY, PluginSuite.class.getName());
            try {
                suiteClass = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("-D" + PROPERTY + " names " + name + ", which is not on the test class path", e);
            }
            if (!declaresDeployment(suiteClass)) {
                throw new IllegalStateException(name + " (-D" + PROPERTY + ") has no @Deployment method");
            }
        }
        return suiteClass;
    }
}
