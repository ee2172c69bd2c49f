package cn.dingkao.operations;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.FlowHolder;
import org.springframework.batch.core.job.flow.State;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepHolder;
import org.springframework.beans.factory.BeanInitializationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Gives every job and every step the run's log context ({@link RunLogContext}) and the application's observation
 * registry, so that Spring Batch's own metrics ({@code spring.batch.job}, {@code spring.batch.step}) cover all of
 * them. Spring Boot hands the registry to the jobs and steps that are beans; the import builds its steps per kind
 * inside nested flows, so they are reached here through the flows that hold them.
 */
class BatchInstrumentation implements BeanPostProcessor {

	private final ObjectProvider<RunLogContext> logContext;

	private final ObjectProvider<ObservationRegistry> observations;

	private final Set<Object> done = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

	BatchInstrumentation(ObjectProvider<RunLogContext> logContext, ObjectProvider<ObservationRegistry> observations) {
		this.logContext = logContext;
		this.observations = observations;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		Object target = AopProxyUtils.getSingletonTarget(bean);
		Object instance = target == null ? bean : target;
		if (instance instanceof AbstractJob job && this.done.add(job)) {
			job.registerJobExecutionListener(this.logContext.getObject());
			job.getStepNames().forEach(name -> instrument(job.getStep(name)));
		}
		if (instance instanceof Flow flow) {
			try {
				instrument(flow);
			}
			catch (Exception ex) {
				throw new BeanInitializationException("Cannot instrument the steps of flow " + beanName, ex);
			}
		}
		if (instance instanceof Step step) {
			instrument(step);
		}
		return bean;
	}

	/** Every step of a flow, nested flows and splits included (a job lists only the steps of its own flow). */
	private void instrument(Flow flow) throws Exception {
		if (!this.done.add(flow)) {
			return;
		}
		if (flow instanceof SimpleFlow simple) {
			// a flow nested in another is not a bean: its states are made when it first runs, or here
			simple.afterPropertiesSet();
		}
		for (State state : flow.getStates()) {
			if (state instanceof StepHolder holder) {
				instrument(holder.getStep());
			}
			if (state instanceof FlowHolder holder) {
				for (Flow nested : holder.getFlows()) {
					instrument(nested);
				}
			}
		}
	}

	private void instrument(Step step) {
		if (step instanceof AbstractStep abstractStep && this.done.add(abstractStep)) {
			abstractStep.registerStepExecutionListener(this.logContext.getObject());
			ObservationRegistry registry = this.observations.getIfAvailable();
			if (registry != null) {
				abstractStep.setObservationRegistry(registry);
			}
		}
	}

}
