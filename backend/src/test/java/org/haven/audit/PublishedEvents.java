package org.haven.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.Label;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;

/**
 * What Haven's compiled code hands to {@code ApplicationEventPublisher.publishEvent} or
 * to an aggregate's {@code registerEvent}, read from the byte code: the record made on
 * the spot, or the declared type of the variable handed over. A publication of anything
 * else (the result of a call, a value of type {@code Object}) cannot be traced and is
 * named in {@link #untraceable()}, so that no event slips past the audit's coverage test.
 */
final class PublishedEvents {

	private final Set<String> types = new TreeSet<>();

	private final Set<String> untraceable = new TreeSet<>();

	private PublishedEvents() {
	}

	/** Reads every class file under {@code classes} (a compiler's output folder). */
	static PublishedEvents in(Path classes) {
		PublishedEvents found = new PublishedEvents();
		try (Stream<Path> files = Files.walk(classes)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
				try (InputStream in = Files.newInputStream(file)) {
					new ClassReader(in).accept(found.new Reader(), ClassReader.SKIP_FRAMES);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return found;
	}

	/** Binary names (with dots) of the types published, classes or interfaces. */
	Set<String> types() {
		return this.types;
	}

	/** The methods that publish something whose type the byte code does not tell. */
	Set<String> untraceable() {
		return this.untraceable;
	}

	private static boolean publishes(String name, String descriptor) {
		return name.equals("publishEvent") && descriptor.startsWith("(Ljava/lang/Object;)")
				|| name.equals("publishEvent")
						&& descriptor.startsWith("(Lorg/springframework/context/ApplicationEvent;)")
				|| name.equals("registerEvent") && descriptor.equals("(Ljava/lang/Object;)Ljava/lang/Object;");
	}

	private final class Reader extends ClassVisitor {

		private String owner;

		Reader() {
			super(Opcodes.ASM9);
		}

		@Override
		public void visit(int version, int access, String name, String signature, String superName,
				String[] interfaces) {
			this.owner = name.replace('/', '.');
		}

		@Override
		public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
				String[] exceptions) {
			return new Method(this.owner + "." + name);
		}

	}

	/**
	 * Follows the value on top of the stack as far as this test needs: made by a
	 * constructor, cast, or loaded from a variable; anything else is unknown.
	 */
	private final class Method extends MethodVisitor {

		private final String where;

		private String made;

		private int loaded = -1;

		private final Map<Integer, String> publishedVariables = new HashMap<>();

		private final Map<Integer, String> variableTypes = new HashMap<>();

		Method(String where) {
			super(Opcodes.ASM9);
			this.where = where;
		}

		private void unknown() {
			this.made = null;
			this.loaded = -1;
		}

		@Override
		public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
			if (publishes(name, descriptor)) {
				if (this.made != null) {
					PublishedEvents.this.types.add(this.made);
				}
				else if (this.loaded >= 0) {
					this.publishedVariables.put(this.loaded, this.where);
				}
				else {
					PublishedEvents.this.untraceable.add(this.where);
				}
				unknown();
			}
			else if (opcode == Opcodes.INVOKESPECIAL && name.equals("<init>")) {
				this.made = owner.replace('/', '.');
				this.loaded = -1;
			}
			else {
				unknown();
			}
		}

		@Override
		public void visitTypeInsn(int opcode, String type) {
			if (opcode == Opcodes.CHECKCAST) {
				this.made = type.replace('/', '.');
				this.loaded = -1;
			}
			else if (opcode != Opcodes.NEW) {
				unknown();
			}
		}

		@Override
		public void visitVarInsn(int opcode, int variable) {
			if (opcode == Opcodes.ALOAD) {
				this.made = null;
				this.loaded = variable;
			}
			else {
				unknown();
			}
		}

		@Override
		public void visitInsn(int opcode) {
			if (opcode != Opcodes.DUP) {
				unknown();
			}
		}

		@Override
		public void visitIntInsn(int opcode, int operand) {
			unknown();
		}

		@Override
		public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
			unknown();
		}

		@Override
		public void visitLdcInsn(Object value) {
			unknown();
		}

		@Override
		public void visitJumpInsn(int opcode, Label label) {
			unknown();
		}

		@Override
		public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrapMethodHandle,
				Object... bootstrapMethodArguments) {
			unknown();
		}

		@Override
		public void visitLocalVariable(String name, String descriptor, String signature, Label start, Label end,
				int index) {
			this.variableTypes.putIfAbsent(index, Type.getType(descriptor).getClassName());
		}

		@Override
		public void visitEnd() {
			this.publishedVariables.forEach((variable, where) -> {
				String type = this.variableTypes.get(variable);
				if (type == null || type.equals(Object.class.getName())) {
					PublishedEvents.this.untraceable.add(where);
				}
				else {
					PublishedEvents.this.types.add(type);
				}
			});
		}

	}

}
