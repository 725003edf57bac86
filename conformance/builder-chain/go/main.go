package main

import (
	"crypto/md5"
	"crypto/sha256"
	"crypto/sha512"
	"hash"
	"log"
	"net/http"
	"os/exec"
)

type CommandBuilder struct {
	line string
}

func NewCommandBuilder(program string) *CommandBuilder {
	return &CommandBuilder{line: program}
}

func (b *CommandBuilder) Arg(value string) *CommandBuilder {
	b.line = b.line + " " + value
	return b
}

func (b *CommandBuilder) Build() string {
	return b.line
}

type AlgorithmBuilder struct {
	family string
	size   string
}

func (b *AlgorithmBuilder) Family(family string) *AlgorithmBuilder {
	b.family = family
	return b
}

func (b *AlgorithmBuilder) Size(size string) *AlgorithmBuilder {
	b.size = size
	return b
}

func (b *AlgorithmBuilder) Build() string {
	return b.family + b.size
}

// newHash returns the hash registered under a JCA-style algorithm name, the
// way the service's configuration spells them.
func newHash(algorithm string) hash.Hash {
	switch algorithm {
	case "MD5":
		return md5.New()
	case "SHA-256":
		return sha256.New()
	case "SHA-512":
		return sha512.New()
	}
	panic("unsupported hash algorithm: " + algorithm)
}

func ping(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	fixed := NewCommandBuilder("ping").Arg("-c 1").Arg("localhost").Build()
	requested := NewCommandBuilder("ping").Arg("-c 1").Arg(host).Build()
	// plumb-ok: command-injection
	exec.Command("sh", "-c", fixed).Run()
	// plumb-expect: command-injection
	exec.Command("sh", "-c", requested).Run()

	legacy := (&AlgorithmBuilder{}).Family("MD").Size("5").Build()
	strong := (&AlgorithmBuilder{}).Family("SHA-").Size("256").Build()
	// plumb-expect: weak-hash
	newHash(legacy).Sum(nil)
	// plumb-ok: weak-hash
	newHash(strong).Sum(nil)
	w.Write([]byte("ok"))
}

func main() {
	http.HandleFunc("/ping", ping)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
